import fs from "node:fs";
import type { FrontendResult } from "./frontend";
import type { InvalidationResult } from "./invalidation";
import type { LoadResult } from "./load";
import type { PgbenchResult } from "./pgbench";
import type { RealtimeResult } from "./realtime";
import type { StatementResult } from "./statements";
import { FRONTEND_TARGETS, frontendTarget, metText, requestTarget, statementTarget } from "./targets";

type Report = {
  file: string;
  seconds: number;
  machine: Record<string, string | number>;
  dataSize: Record<string, number>;
  results: Record<string, LoadResult[]>;
  /** Names of the results that write (compared with pgbench rather than the bare route). */
  writes: string[];
  statements: StatementResult[];
  ceiling: LoadResult[];
  homeBytes: number;
  pgbench: PgbenchResult[];
  realtime: RealtimeResult | null;
  invalidation: InvalidationResult[] | null;
  frontend: FrontendResult[];
  /** First-load JS of a bare App Router page with the same Next/React (bench/ceiling-app), gzip KB. */
  floorKb?: number;
  rss: { idle: number; loaded: number };
};

const START = "<!-- bench:start (written by npm run bench; edit outside these markers) -->";
const END = "<!-- bench:end -->";

const ms = (value: number) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : Math.round(value)} ms` : "–");
const cpu = (value: number | undefined) => (value !== undefined && Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : 1)} ms` : "–");
const num = (value: number) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString("en-US")) : "–");
const pct = (value: number) => (Number.isFinite(value) ? `${(value * 100).toFixed(value < 0.1 ? 1 : 0)} %` : "–");
const count = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "–");
const kb = (value: number | undefined) => (value !== undefined && Number.isFinite(value) ? `${value.toFixed(0)} KB` : "–");

function requests(report: Report, lines: string[]) {
  const ceilingAt = new Map(report.ceiling.map((result) => [result.connections, result.rps]));
  const pgbenchAt = new Map(report.pgbench.map((result) => [result.clients, result.tps]));
  lines.push("### Requests", "");
  lines.push(
    "Pages are compared with the bare Next route (the framework's ceiling), writes with pgbench (the database's ceiling), at the same concurrency. " +
      'Rows ending in "signed in" send a signed-in shopper\'s session cookie (one shopper per connection); the others only the store cookie. ' +
      "CPU per request is the app server's user + system CPU time (`/proc/<pid>/stat` of instance A's process, the one `scripts/serve.mjs` runs Next's handler in, and any process below it) over the cell, divided by the requests it completed; " +
      "the load generator runs in another process and is not counted. Place-order rows time and count the place-order call; its CPU includes the add-to-cart that fills the cart before each order.",
    "",
  );
  lines.push("| what | connections | req/s | p50 | p95 | p99 | failed | CPU per request | share of its ceiling | target | met? |");
  lines.push("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
  for (const [name, results] of Object.entries(report.results)) {
    for (const result of results) {
      const write = report.writes.includes(name);
      const ceiling = (write ? pgbenchAt : ceilingAt).get(result.connections) ?? NaN;
      const share = result.rps / ceiling;
      const shareText = Number.isFinite(ceiling) ? `${pct(share)} of ${write ? "pgbench tps" : "bare route"}` : "–";
      const target = requestTarget(name, result, share);
      lines.push(
        `| ${name} | ${result.connections} | ${num(result.rps)} | ${ms(result.p50)} | ${ms(result.p95)} | ${ms(result.p99)} | ${result.failed} | ${cpu(result.cpuMsPerRequest)} | ${shareText} | ${target?.text ?? ""} | ${target ? metText(target) : ""} |`,
      );
    }
  }
  lines.push("");
}

function statements(report: Report, lines: string[]) {
  lines.push("### SQL statements per request", "");
  if (report.statements.length === 0) {
    lines.push("Not measured in this run.", "");
    return;
  }
  lines.push(
    "Counted on the wire: a third instance (same build, same database) whose PostgreSQL connections run through a proxy in the benchmark process (`bench/sql-count.ts`) that reads the protocol and counts every simple Query and every extended-protocol Execute — each statement the app sends, BEGIN and COMMIT included (they are round trips too). " +
      "`pg_stat_statements` would need superuser rights and a server restart (`shared_preload_libraries`) on a server the bench does not own, and would mix in the other instances' traffic; the proxy needs neither and sees only this instance. " +
      'Requests go one at a time after 10 warm-up requests; each waits until the database has been quiet for 60 ms, and counts what arrives between sending it and reading the whole response. "After the response" is what arrived from then until the next 60 ms of quiet (work the request left behind, e.g. deferred writes; the notification worker wakes on every instance and may run it elsewhere).',
    "",
  );
  lines.push("| what | requests | statements per request | min – max | of which BEGIN/COMMIT/SAVEPOINT | after the response | target | met? |");
  lines.push("|---|---:|---:|---:|---:|---:|---|---|");
  for (const result of report.statements) {
    const target = statementTarget(result.name, result.perRequest);
    const requestsText = result.failed ? `${result.samples} (${result.failed} failed)` : String(result.samples);
    lines.push(
      `| ${result.name} | ${requestsText} | ${count(result.perRequest)} | ${result.min} – ${result.max} | ${count(result.transactionControl)} | ${count(result.after)} | ${target?.text ?? ""} | ${target ? metText(target) : ""} |`,
    );
  }
  lines.push("");
}

function ceilings(report: Report, lines: string[]) {
  lines.push("### Ceilings, same run", "");
  lines.push(
    `Bare Next.js route (\`bench/ceiling-app\`) answering the home page's ${num(report.homeBytes / 1024)} KB from memory, served by the same \`scripts/serve.mjs\`; pgbench's TPC-B-like transaction (scale 10) on the same PostgreSQL.`,
  );
  lines.push("");
  lines.push("| connections | bare route req/s | p50 | p95 | p99 | CPU per request | pgbench tps | pgbench mean latency |");
  lines.push("|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const result of report.ceiling) {
    const pg = report.pgbench.find((entry) => entry.clients === result.connections);
    lines.push(
      `| ${result.connections} | ${num(result.rps)} | ${ms(result.p50)} | ${ms(result.p95)} | ${ms(result.p99)} | ${cpu(result.cpuMsPerRequest)} | ${pg ? num(pg.tps) : "–"} | ${pg ? ms(pg.latencyMs) : "–"} |`,
    );
  }
  lines.push("");
}

function crossInstance(report: Report, lines: string[]) {
  lines.push("### Staff real-time latency", "");
  lines.push(
    report.realtime
      ? `Order committed by Aisle's placeOrder in the benchmark process → "order.placed" received on an associate's SSE stream from instance B (same PostgreSQL, LISTEN/NOTIFY): p50 ${ms(report.realtime.p50)}, p95 ${ms(report.realtime.p95)}, max ${ms(report.realtime.max)} over ${report.realtime.samples} orders.`
      : "Not measured in this run.",
  );
  lines.push("");
  lines.push("### Cross-instance invalidation delay", "");
  if (!report.invalidation) {
    lines.push("Not measured in this run.", "");
    return;
  }
  lines.push(
    "A write on instance A (or in the database), then instance B's product page (store cookie, one product with one SKU that the load does not use) fetched every 20 ms until its HTML shows the new value; the delay runs from the write's commit (the place-order response's headers on A; the SQL transaction's return) to the first response from B that shows it, so it includes one page render on B and up to 20 ms of polling. " +
      'Sale: stock at the store reset to 5 (and B seen showing "Only 5 left"), then the real add-to-cart and place-order actions on A, until B shows "Only 4 left". ' +
      'Price: `update skus set price_cents = …` plus the app\'s invalidation message in the same transaction — `pg_notify(\'aisle_events\', {channel: "cache", type: "expire", data: {tags: ["product:<id>"]}})`, what `lib/cache/expire.ts`\'s expireCache sends — until B shows the new price. A trial that shows nothing in 10 s counts as timed out.',
    "",
  );
  lines.push("| write → what B shows | trials seen | timed out | p50 | max |");
  lines.push("|---|---:|---:|---:|---:|");
  for (const result of report.invalidation) {
    lines.push(
      result.skipped
        ? `| ${result.write} | not measured: ${result.skipped} | – | – | – |`
        : `| ${result.write} | ${result.samples} | ${result.timedOut} | ${ms(result.p50)} | ${ms(result.max)} |`,
    );
  }
  lines.push("");
}

function frontendBudgets(report: Report, lines: string[]) {
  lines.push("### Front-end budgets (Lighthouse 12, mobile emulation, Debian's Chromium)", "");
  if (report.frontend.length === 0) {
    lines.push("Not measured in this run.", "");
    return;
  }
  lines.push(`Targets: ${FRONTEND_TARGETS}.`, "");
  const floor = report.floorKb;
  if (floor !== undefined && Number.isFinite(floor)) {
    lines.push(
      `First-load JS is read from the build's manifests (\`bench/first-load.ts\`: the framework's root chunks plus the route's segment chunks, each gzipped once). The framework's floor, a bare App Router page with no client code of its own built with the same Next and React (\`bench/ceiling-app\`), is ${kb(floor)}. Lighthouse's column is every script transferred while it watched the load, response headers included.`,
      "",
    );
  }
  lines.push(
    "| page | path | performance | accessibility | LCP | TBT | CLS | first-load JS (build, gzip) | above the floor | JS target | scripts transferred (Lighthouse) | met? |",
  );
  lines.push("|---|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---|");
  for (const page of report.frontend) {
    const above = page.buildKb !== undefined && floor !== undefined ? `+${kb(page.buildKb - floor)}` : "–";
    const target = frontendTarget(page, floor);
    lines.push(
      `| ${page.page} | \`${page.path}\` | ${page.performance} | ${page.accessibility} | ${ms(page.lcpMs)} | ${ms(page.tbtMs)} | ${page.cls.toFixed(3)} | ${kb(page.buildKb)} | ${above} | ${target.text} | ${kb(page.scriptKb)} | ${metText(target)} |`,
    );
  }
  lines.push("");
}

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
  requests(report, lines);
  statements(report, lines);
  ceilings(report, lines);
  crossInstance(report, lines);
  frontendBudgets(report, lines);
  lines.push(END);

  const previous = fs.existsSync(report.file) ? fs.readFileSync(report.file, "utf8") : "# Benchmarks\n\n" + START + "\n" + END + "\n";
  const before = previous.includes(START) ? previous.slice(0, previous.indexOf(START)) : previous + "\n";
  const after = previous.includes(END) ? previous.slice(previous.indexOf(END) + END.length) : "\n";
  fs.writeFileSync(report.file, before + lines.join("\n") + after);
}
