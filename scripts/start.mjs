#!/usr/bin/env node
// `npm start`: build the production app when the sources changed since the last build,
// then serve it. A second start with nothing changed skips the build and serves in seconds.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const inputs = [
  "app",
  "components",
  "lib",
  "db",
  "public",
  "next.config.ts",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
  "instrumentation.ts",
  "proxy.ts",
];
const stampFile = path.join(root, ".next", "aisle-build-stamp");

function fingerprint() {
  const hash = createHash("sha256");
  const walk = (entry) => {
    const full = path.join(root, entry);
    if (!fs.existsSync(full)) return;
    const stat = fs.statSync(full);
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(full).sort()) walk(path.join(entry, child));
    } else if (!/\.test\.tsx?$/.test(entry)) {
      hash.update(`${entry}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  inputs.forEach(walk);
  return hash.digest("hex");
}

const next = path.join(root, "node_modules", ".bin", "next");
const current = fingerprint();
const built = fs.existsSync(path.join(root, ".next", "BUILD_ID")) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === current;

if (!built) {
  console.log("[aisle] building the app (first start or sources changed)…");
  const build = spawnSync(next, ["build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
  fs.writeFileSync(stampFile, current);
}

const port = process.env.PORT ?? "3000";
// The demo (embedded database, or AISLE_DEMO=1) is this machine's own: its public address is
// localhost. A real deployment sets APP_URL, and refuses to start without it (lib/startup.ts).
const demo = process.env.AISLE_DEMO !== undefined ? process.env.AISLE_DEMO !== "0" : !process.env.DATABASE_URL;
if (demo && !process.env.APP_URL) process.env.APP_URL = `http://localhost:${port}`;
console.log(`[aisle] starting on ${process.env.APP_URL ?? `http://localhost:${port}`}`);
// scripts/serve.mjs: Next's request handler behind our own HTTP server, which decides the
// client's address (TRUST_PROXY) instead of believing the client's X-Forwarded-For.
const server = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs"), root, "--port", port], { cwd: root, stdio: "inherit" });
// Pass stop signals on, so the server closes its database cleanly.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
