#!/usr/bin/env node
// The app's own HTTP server (what `npm start`, the e2e suite and the benchmarks run):
//   node scripts/serve.mjs [dir] [--port 3000] [--hostname 0.0.0.0]
// Next's server keeps an X-Forwarded-For the client sent, so a client could choose the address
// the sign-in limits count. This server sets it, on every request, to one address it trusts:
// the socket's peer or, behind TRUST_PROXY=<hops> proxies, the client they reported; it drops
// forwarded host/proto headers from anyone but a trusted proxy (scripts/forwarding.mjs, app-server.mjs).
import { createRequire } from "node:module";
import path from "node:path";
import { createAppServer } from "./app-server.mjs";
import { parseTrustProxy } from "./forwarding.mjs";

function parseArgs(argv) {
  const options = { dir: ".", port: process.env.PORT ?? "3000", hostname: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--port" || arg === "-p") options.port = argv[++i];
    else if (arg === "--hostname" || arg === "-H") options.hostname = argv[++i];
    else if (!arg.startsWith("-")) options.dir = arg;
    else throw new Error(`unknown option ${arg}`);
  }
  return { ...options, dir: path.resolve(options.dir), port: Number(options.port) };
}

const { dir, port, hostname } = parseArgs(process.argv.slice(2));
const hops = parseTrustProxy(process.env.TRUST_PROXY);
// A production server, as `next start` is; the app's code reads NODE_ENV too.
if (process.env.NODE_ENV !== "production") process.env.NODE_ENV = "production";
process.env.PORT = String(port);

// The app's own copy of next (a next from another folder would load a second React).
const next = createRequire(path.join(dir, "package.json"))("next");
const app = next({ dev: false, dir, port, hostname });
// Prepares the build and runs instrumentation (migrations, demo data) before the port opens.
await app.prepare();
const handle = app.getRequestHandler();

const server = createAppServer(handle, { hops });

server.listen(port, hostname, () => {
  console.log(`[aisle] serving on http://${hostname ?? "localhost"}:${port}${hops ? ` behind ${hops} trusted prox${hops === 1 ? "y" : "ies"}` : ""}`);
});

// Stop taking requests; lib/startup.ts's own handler closes the database and exits. If it never
// registered (start-up failed early), exit anyway.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close();
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 8_000);
  });
}
