import { spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { e2eDataDir, e2ePort } from "./server";

/**
 * The embedded database belongs to one process. Starting a second Aisle on the same data
 * folder (here: the one the e2e server is using) must fail loudly, not corrupt the data,
 * and leave the first server serving.
 */
test("a second app on the same embedded data folder refuses to start with a clear message", async ({ request }) => {
  const secondPort = e2ePort + 1;
  const second = spawn(path.join(process.cwd(), "node_modules", ".bin", "next"), ["start", "--port", String(secondPort)], {
    cwd: process.cwd(),
    env: { ...process.env, PORT: String(secondPort), PGLITE_DIR: e2eDataDir, DATABASE_URL: "" },
    // Its own process group, so the whole of it can be stopped afterwards.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  second.stdout.on("data", (chunk) => (output += chunk));
  second.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => second.on("exit", (code) => resolve(code)));

  try {
    // The app opens its database while starting; poke it too, in case it opens lazily.
    await expect
      .poll(
        async () => {
          await fetch(`http://localhost:${secondPort}/api/auth/session`).catch(() => undefined);
          return output;
        },
        { timeout: 45_000, message: "the second server should report that the database is in use" },
      )
      .toContain("already in use");

    // It does not serve pages off a database it could not open.
    const home = await fetch(`http://localhost:${secondPort}/`).catch(() => undefined);
    expect(home === undefined || home.status >= 500).toBe(true);

    // The first server is unharmed.
    expect((await request.get("/")).status()).toBe(200);
    expect((await request.get("/api/auth/session")).status()).toBe(200);
  } finally {
    if (second.exitCode === null && second.pid) process.kill(-second.pid, "SIGKILL");
    await exited;
  }
});
