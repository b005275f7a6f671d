import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { queryRows } from "@/lib/db/rows";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db";
import type { Db } from "@/lib/db/types";

/**
 * PGlite is single-process: two processes writing one data folder corrupt it. These tests run
 * real separate processes on one folder and prove the second is turned away with a clear
 * message, the first keeps working, and the data survives.
 */

const root = process.cwd();
// Each test starts up to three Node processes that each load PGlite and migrate: on a busy
// 2-core machine that alone can take a minute, so these tests get a generous ceiling.
const processTests = { timeout: 240_000 };
// One process per fixture (the tsx CLI would fork a second one, and its pid would be the wrong one).
const tsxLoader = ["--import", "tsx"];
const fixture = path.join(root, "e2e", "fixtures", "hold-database.ts");

let workDir: string;
let dataDir: string;
const children: ChildProcessWithoutNullStreams[] = [];

beforeEach(() => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), "aisle-lock-"));
  dataDir = path.join(workDir, "pglite");
});

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  fs.rmSync(workDir, { recursive: true, force: true });
});

/** A process holding the database open; `send` writes a command and waits for the reply line. */
function startHolder() {
  const child = spawn(process.execPath, [...tsxLoader, fixture, dataDir, "hold"], { cwd: root, env: { ...process.env } });
  children.push(child);
  let stdout = "";
  let stderr = "";
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  child.stderr.on("data", (chunk) => (stderr += chunk));
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
    for (const line of stdout.split("\n")) {
      const index = waiters.findIndex((waiter) => waiter.pattern.test(line));
      if (index >= 0) waiters.splice(index, 1)[0].resolve(line);
    }
    stdout = stdout.slice(stdout.lastIndexOf("\n") + 1);
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const waitFor = (pattern: RegExp) =>
    Promise.race([
      new Promise<string>((resolve) => waiters.push({ pattern, resolve })),
      exited.then((code) => {
        throw new Error(`holder exited (${code}) before printing ${pattern}: ${stderr}`);
      }),
    ]);
  return {
    child,
    exited,
    ready: waitFor(/^ready$/),
    send: (command: string, reply: RegExp) => {
      const answer = waitFor(reply);
      child.stdin.write(`${command}\n`);
      return answer;
    },
  };
}

/** Opens the folder from a second process and reports how that went. */
function openFromAnotherProcess() {
  const result = spawnSync(process.execPath, [...tsxLoader, fixture, dataDir, "open"], { cwd: root, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function probeCount(db: Db) {
  const [{ n }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from lock_probe`);
  return n;
}

describe("one embedded data folder, two processes", processTests, () => {
  it("turns the second process away with a clear error, and the first keeps working", async () => {
    const holder = startHolder();
    await holder.ready;
    expect(fs.readFileSync(`${dataDir}.lock`, "utf8")).toBe(String(holder.child.pid));

    const second = openFromAnotherProcess();
    expect(second.status).not.toBe(0);
    expect(second.stdout).not.toContain("opened");
    expect(second.stderr).toContain("already in use");
    expect(second.stderr).toContain(`pid ${holder.child.pid}`);

    // The first process is unharmed: it still reads and writes its database.
    expect(await holder.send("count", /^count \d+$/)).toBe("count 1");
    await holder.send("close", /^closed$/);
    expect(await holder.exited).toBe(0);
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);

    // After both are gone the folder opens again, with its data intact.
    const reopened = await openDatabase({ url: null, dataDir });
    try {
      expect(await probeCount(reopened.db)).toBe(1);
    } finally {
      await reopened.close();
    }
  });

  it("lets a second process in once the first has closed", async () => {
    const holder = startHolder();
    await holder.ready;
    await holder.send("close", /^closed$/);
    await holder.exited;

    const second = openFromAnotherProcess();
    expect(second.stderr).toBe("");
    expect(second.stdout).toContain("opened");
    expect(second.status).toBe(0);
  });
});

describe("a stale lock", processTests, () => {
  it("is taken over when its process is gone", async () => {
    const dead = spawnSync(process.execPath, ["-e", ""]);
    expect(dead.status).toBe(0);
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    fs.writeFileSync(`${dataDir}.lock`, String(dead.pid));

    const handle = await openDatabase({ url: null, dataDir });
    try {
      expect(fs.readFileSync(`${dataDir}.lock`, "utf8")).toBe(String(process.pid));
      await handle.db.execute(sql`create table lock_probe (id int)`);
      await handle.db.execute(sql`insert into lock_probe values (1)`);
      expect(await probeCount(handle.db)).toBe(1);
    } finally {
      await handle.close();
    }
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it("left by a process that was killed is taken over, and its committed data is still there", async () => {
    const holder = startHolder();
    await holder.ready;
    holder.child.kill("SIGKILL");
    await holder.exited;
    // A crash cannot run the exit handler: the lock file is left behind, naming a dead process.
    expect(fs.readFileSync(`${dataDir}.lock`, "utf8")).toBe(String(holder.child.pid));

    const handle = await openDatabase({ url: null, dataDir });
    try {
      expect(await probeCount(handle.db)).toBe(1);
    } finally {
      await handle.close();
    }
  });
});
