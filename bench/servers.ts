import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..");
// Each app runs its own copy of next: a next from another folder would load a second React.
const nextBin = (dir: string) => path.join(dir, "node_modules", ".bin", "next");

/**
 * A copy of the ceiling app outside the repository: inside it, Next would treat the repo
 * (with its lockfile, proxy and instrumentation) as the project root. node_modules is
 * hard-linked, so the copy is instant.
 */
/** The children get a plain Node environment: tsx's loader (NODE_OPTIONS) would change how Next resolves React. */
function childEnv(extra: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extra };
  delete env.NODE_OPTIONS;
  return env;
}

export function ceilingAppDir() {
  const dir = path.join(os.tmpdir(), "aisle-bench-ceiling");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(root, "bench/ceiling-app"), dir, { recursive: true });
  execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(dir, "node_modules")]);
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ private: true, type: "module" }));
  return dir;
}

export function build(dir: string) {
  console.log(`[bench] next build ${path.relative(root, dir) || "."}`);
  const result = spawnSync(nextBin(dir), ["build", dir], { cwd: dir, stdio: ["ignore", "ignore", "inherit"], env: childEnv() });
  if (result.status !== 0) throw new Error(`next build ${dir} failed`);
}

export type Server = { url: string; process: ChildProcess; stop: () => Promise<void> };

/**
 * A built app served by the app's own server (scripts/serve.mjs, what `npm start` runs: Next's
 * request handler with the client's address taken from the socket); resolves once `readyPath` answers.
 */
export async function startServer(dir: string, port: number, env: Record<string, string>, readyPath = "/"): Promise<Server> {
  const child = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs"), dir, "--port", String(port)], {
    cwd: dir,
    env: childEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout!.on("data", (chunk) => (log += chunk));
  child.stderr!.on("data", (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited:\n${log}`);
    try {
      if ((await fetch(url + readyPath)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server on ${port} did not start:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    process: child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
