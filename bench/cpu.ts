import { execFileSync } from "node:child_process";
import fs from "node:fs";

/** Kernel clock ticks per second (the unit of utime/stime in /proc/<pid>/stat). */
const ticksPerSecond = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

type Stat = { ppid: number; ticks: number };

function readStat(pid: number): Stat | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces and parentheses): state ppid … utime stime.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/**
 * CPU time (user + system, ms) used so far by a server process and every live process below it.
 * scripts/serve.mjs runs Next's request handler in its own process, so the pid bench/servers.ts
 * spawned is the one serving requests; descendants are summed in case Next forks workers.
 */
export function cpuMs(pid: number): number {
  const parents = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat) parents.set(stat.ppid, [...(parents.get(stat.ppid) ?? []), Number(entry)]);
  }
  let ticks = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.pop()!;
    ticks += readStat(current)?.ticks ?? 0;
    queue.push(...(parents.get(current) ?? []));
  }
  return (ticks * 1000) / ticksPerSecond;
}

/** Runs `work` and returns its result with the server's CPU ms spent meanwhile. */
export async function withCpu<T>(pid: number | undefined, work: () => Promise<T>): Promise<{ result: T; cpuMs: number }> {
  if (pid === undefined) return { result: await work(), cpuMs: NaN };
  const before = cpuMs(pid);
  const result = await work();
  return { result, cpuMs: cpuMs(pid) - before };
}
