import fs from "node:fs";
import type { FrontendResult } from "./frontend";
import type { LoadResult } from "./load";
import type { PgbenchResult } from "./pgbench";
import type { RealtimeResult } from "./realtime";

type Report = {
  file: string;
  seconds: number;
  machine: Record<string, string | number>;
  dataSize: Record<string, number>;
  results: Record<string, LoadResult[]>;
  /** Names of the results that write (compared with pgbench rather than the bare route). */
  writes: string[];
  ceiling: LoadResult[];
  homeBytes: number;
  pgbench: PgbenchResult[];
  realtime: RealtimeResult | null;
  frontend: FrontendResult[];
  /** First-load JS of a bare App Router page with the same Next/React (bench/ceiling-app), gzip KB. */
  floorKb?: number;
  rss: { idle: number; loaded: number };
};

const START = "<!-- bench:start (written by npm run bench; edit outside these markers) -->";
const END = "<!-- bench:end -->";

const ms = (value: number) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : Math.round(value)} ms` : "–");
const num = (value: number) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString("en-US")) : "–");
const pct = (value: number) => (Number.isFinite(value) ? `${(value * 100).toFixed(value < 0.1 ? 1 : 0)} %` : "–");

/** Writes the measured section of BENCHMARKS.md, keeping the hand-written text around it. */
export function writeReport(report: Report) {
  const lines: string[] = [START, ""];
  lines.push(
    `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${report.seconds} s per cell, closed-loop load from a second process on loopback.`,
  );
  lines.push("");
  lines.push("| machine | |", "|---|---|");
  for (const [key, value] of Object.entries(report.machine)) lines.push(`| ${key} | ${value} |`);
  lines.push(
    `| data | ${Object.entries(report.dataSize)
      .map(([key, value]) => `${value.toLocaleString("en-US")} ${key.replace("_", " ")}`)
      .join(", ")} |`,
  );
  lines.push(`| app memory (RSS, instance A) | ${report.rss.idle} MB after start, ${report.rss.loaded} MB after the load |`);
  lines.push("");

  const ceilingAt = new Map(report.ceiling.map((result) => [result.connections, result.rps]));
  const pgbenchAt = new Map(report.pgbench.map((result) => [result.clients, result.tps]));
  lines.push("### Requests", "");
  lines.push(
    "Pages are compared with the bare Next route (the framework's ceiling), writes with pgbench (the database's ceiling), at the same concurrency.",
    "",
  );
  lines.push("| what | connections | req/s | p50 | p95 | p99 | failed | share of its ceiling |");
  lines.push("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const [name, results] of Object.entries(report.results)) {
    for (const result of results) {
      const write = report.writes.includes(name);
      const ceiling = (write ? pgbenchAt : ceilingAt).get(result.connections) ?? NaN;
      const share = `${pct(result.rps / ceiling)} of ${write ? "pgbench tps" : "bare route"}`;
      lines.push(
        `| ${name} | ${result.connections} | ${num(result.rps)} | ${ms(result.p50)} | ${ms(result.p95)} | ${ms(result.p99)} | ${result.failed} | ${Number.isFinite(ceiling) ? share : "–"} |`,
      );
    }
  }
  lines.push("");
  lines.push("### Ceilings, same run", "");
  lines.push(
    `Bare Next.js route (\`bench/ceiling-app\`) answering the home page's ${num(report.homeBytes / 1024)} KB from memory; pgbench's TPC-B-like transaction (scale 10) on the same PostgreSQL.`,
  );
  lines.push("");
  lines.push("| connections | bare route req/s | p50 | p95 | p99 | pgbench tps | pgbench mean latency |");
  lines.push("|---:|---:|---:|---:|---:|---:|---:|");
  for (const result of report.ceiling) {
    const pg = report.pgbench.find((entry) => entry.clients === result.connections);
    lines.push(
      `| ${result.connections} | ${num(result.rps)} | ${ms(result.p50)} | ${ms(result.p95)} | ${ms(result.p99)} | ${pg ? num(pg.tps) : "–"} | ${pg ? ms(pg.latencyMs) : "–"} |`,
    );
  }
  lines.push("");
  lines.push("### Staff real-time latency", "");
  lines.push(
    report.realtime
      ? `Order committed by Aisle's placeOrder in the benchmark process → "order.placed" received on an associate's SSE stream from instance B (same PostgreSQL, LISTEN/NOTIFY): p50 ${ms(report.realtime.p50)}, p95 ${ms(report.realtime.p95)}, max ${ms(report.realtime.max)} over ${report.realtime.samples} orders.`
      : "Not measured in this run.",
  );
  lines.push("");
  lines.push("### Front-end budgets (Lighthouse 12, mobile emulation, Debian's Chromium)", "");
  lines.push(
    "Targets: performance ≥ 95, accessibility 100, CLS ≤ 0.05, first-load JS ≤ 130 KB gzip on storefront pages and ≤ 100 KB on the in-store product view.",
    "",
  );
  const kb = (value: number | undefined) => (value !== undefined && Number.isFinite(value) ? `${value.toFixed(0)} KB` : "–");
  const floor = report.floorKb;
  if (floor !== undefined && Number.isFinite(floor)) {
    lines.push(
      `First-load JS is read from the build's manifests (\`bench/first-load.ts\`: the framework's root chunks plus the route's segment chunks, each gzipped once). The framework's floor, a bare App Router page with no client code of its own built with the same Next and React (\`bench/ceiling-app\`), is ${kb(floor)}. Lighthouse's column is every script transferred while it watched the load, response headers included.`,
      "",
    );
  }
  lines.push(
    "| page | path | performance | accessibility | LCP | TBT | CLS | first-load JS (build, gzip) | above the floor | scripts transferred (Lighthouse) |",
  );
  lines.push("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const page of report.frontend) {
    const above = page.buildKb !== undefined && floor !== undefined ? `+${kb(page.buildKb - floor)}` : "–";
    lines.push(
      `| ${page.page} | \`${page.path}\` | ${page.performance} | ${page.accessibility} | ${ms(page.lcpMs)} | ${ms(page.tbtMs)} | ${page.cls.toFixed(3)} | ${kb(page.buildKb)} | ${above} | ${kb(page.scriptKb)} |`,
    );
  }
  lines.push("", END);

  const previous = fs.existsSync(report.file) ? fs.readFileSync(report.file, "utf8") : "# Benchmarks\n\n" + START + "\n" + END + "\n";
  const before = previous.includes(START) ? previous.slice(0, previous.indexOf(START)) : previous + "\n";
  const after = previous.includes(END) ? previous.slice(previous.indexOf(END) + END.length) : "\n";
  fs.writeFileSync(report.file, before + lines.join("\n") + after);
}
