import { execFileSync } from "node:child_process";
import fs from "node:fs";

export type PgbenchResult = { clients: number; tps: number; latencyMs: number };

const candidates = ["/usr/lib/postgresql/15/bin/pgbench", "/usr/bin/pgbench"];

/** pgbench's standard TPC-B-like transaction on the same server: the database's ceiling here. */
export function measurePgbench(url: string, levels: number[], seconds: number): PgbenchResult[] {
  const pgbench = candidates.find((file) => fs.existsSync(file));
  if (!pgbench) throw new Error("pgbench not found");
  execFileSync(pgbench, ["-i", "-q", "-s", "10", url], { stdio: "ignore" });
  return levels.map((clients) => {
    console.log(`[bench] pgbench × ${clients}`);
    const out = execFileSync(pgbench, ["-n", "-c", String(clients), "-j", "2", "-T", String(seconds), url], { encoding: "utf8" });
    return {
      clients,
      tps: Number(/tps = ([\d.]+)/.exec(out)?.[1]),
      latencyMs: Number(/latency average = ([\d.]+) ms/.exec(out)?.[1]),
    };
  });
}
