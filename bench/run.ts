/**
 * `npm run bench`: the production build on PostgreSQL, loaded from this (second) process on
 * loopback, side by side with the framework's ceiling (a bare Next route serving the same
 * bytes) and the database's ceiling (pgbench TPC-B) in the same run. Writes BENCHMARKS.md.
 *
 *   BENCH_DATABASE_URL  a PostgreSQL server URL (default postgres://aisle:aisle@127.0.0.1:5432/postgres);
 *                       the run creates and drops its own databases there
 *   BENCH_SECONDS       seconds per measurement (default 5)
 *   --skip-build        reuse the current .next build
 *   --frontend-only     only the Lighthouse / first-load JS part (quick iteration on budgets)
 *   --only=a,b          only the cells whose name contains one of the words (e.g. product,place-order),
 *                       plus the sections named: realtime, invalidation, frontend. Writes the report
 *                       to $TMPDIR/aisle-bench-only.md instead of BENCHMARKS.md.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { actionId, callAction } from "./app-client";
import { benchCells } from "./cells";
import { withCpu } from "./cpu";
import { firstLoadJs } from "./first-load";
import { measureFrontend, type FrontendResult } from "./frontend";
import { measureInvalidation, type InvalidationResult } from "./invalidation";
import { httpLoad, type LoadResult } from "./load";
import { measurePgbench, type PgbenchResult } from "./pgbench";
import { build, ceilingAppDir, root, startServer, type Server } from "./servers";
import { StatementCounter } from "./sql-count";
import { countStatements, type StatementResult } from "./statements";
import { writeReport } from "./report";
import { prepareData } from "./data";

const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://aisle:aisle@127.0.0.1:5432/postgres";
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const levels = [1, 10, 50];
const appDb = "aisle_bench";

const onlyArg = process.argv.find((arg) => arg.startsWith("--only="));
const only = process.argv.includes("--frontend-only")
  ? ["frontend"]
  : onlyArg
    ? onlyArg
        .slice("--only=".length)
        .split(",")
        .map((word) => word.trim().toLowerCase())
        .filter(Boolean)
    : null;
const SECTIONS = ["realtime", "invalidation", "frontend"];
const wantCell = (name: string) => !only || only.some((word) => !SECTIONS.includes(word) && name.toLowerCase().includes(word));
const wantSection = (section: string) => !only || only.includes(section);

function databaseUrl(name: string, port?: number) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  if (port !== undefined) {
    url.hostname = "127.0.0.1";
    url.port = String(port);
  }
  return url.toString();
}

async function recreateDatabase(name: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`drop database if exists ${name} with (force)`);
  await client.query(`create database ${name}`);
  const { rows } = await client.query("select version()");
  await client.end();
  return rows[0].version as string;
}

function rssMb(server: Server) {
  try {
    const status = fs.readFileSync(`/proc/${server.process.pid}/status`, "utf8");
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
  } catch {
    return NaN;
  }
}

async function main() {
  const postgresVersion = await recreateDatabase(appDb);
  if (!process.argv.includes("--skip-build")) build(root);
  const ceilingDir = ceilingAppDir();
  build(ceilingDir);

  const env = {
    DATABASE_URL: databaseUrl(appDb),
    AISLE_DEMO: "1",
    AUTH_SECRET: "bench-secret-not-for-production-0123456789",
    APP_URL: "http://127.0.0.1:3900",
  };
  console.log("[bench] starting Aisle (instance A migrates and seeds) …");
  const a = await startServer(root, 3900, env, "/api/auth/session");
  const b = await startServer(root, 3901, { ...env, APP_URL: "http://127.0.0.1:3901" }, "/api/auth/session");
  const servers = [a, b];
  try {
    const data = await prepareData(env.DATABASE_URL, a.url);
    const idleRss = rssMb(a);
    const cells = benchCells(data).filter((cell) => wantCell(cell.name));

    // Every cell at every concurrency on instance A, with A's CPU time over the cell.
    const results: Record<string, LoadResult[]> = {};
    for (const cell of cells) {
      results[cell.name] = [];
      for (const connections of levels) {
        console.log(`[bench] ${cell.name} × ${connections}`);
        await cell.reset?.();
        const { result, cpuMs } = await withCpu(a.process.pid, () => cell.load(a.url, connections, seconds));
        results[cell.name].push({ ...result, cpuMsPerRequest: cpuMs / result.requests });
      }
    }
    const loadedRss = rssMb(a);

    const realtime = wantSection("realtime") ? await data.measureRealtime(b.url) : null;

    let invalidation: InvalidationResult[] | null = null;
    if (wantSection("invalidation")) {
      console.log("[bench] cross-instance invalidation (write on A → B's product page)");
      invalidation = await measureInvalidation(data.db, data, a.url, b.url).catch((error) => {
        console.warn(`[bench] invalidation delay not measured: ${(error as Error).message}`);
        return null;
      });
    }

    // SQL statements per request: a third instance whose database connections run through a
    // counting proxy, so its statements (and only its) are seen; requests one at a time.
    let statements: StatementResult[] = [];
    if (cells.length > 0) {
      const upstream = new URL(adminUrl);
      const counter = await StatementCounter.start({ host: upstream.hostname, port: Number(upstream.port || 5432) });
      const c = await startServer(
        root,
        3903,
        { ...env, DATABASE_URL: databaseUrl(appDb, counter.port), APP_URL: "http://127.0.0.1:3903" },
        "/api/auth/session",
      );
      try {
        statements = await countStatements(counter, c.url, cells);
      } finally {
        await c.stop();
        await counter.close();
      }
    }

    // Lighthouse on the pages a shopper meets first; checkout needs a signed-in shopper with a cart.
    let frontend: FrontendResult[] = [];
    let floorKb: number | undefined;
    if (wantSection("frontend")) {
      const addToCart = actionId("addToCartAction", "lib/cart/actions.ts");
      const shopper = `${data.shopperCookies[1]}; aisle_store=sea`;
      await (await callAction(a.url, `/p/${data.productSlug}`, addToCart, shopper, [{ skuId: data.skuIds[1], quantity: 1 }])).arrayBuffer();
      frontend = await measureFrontend(a.url, [
        { name: "home", path: "/", cookie: "aisle_store=sea" },
        { name: "category", path: `/c/${data.categorySlug}`, cookie: "aisle_store=sea" },
        { name: "product", path: `/p/${data.productSlug}`, cookie: "aisle_store=sea" },
        { name: "checkout", path: "/checkout", cookie: shopper },
        { name: "in-store product view", path: `/q/sea/${data.gtin}`, cookie: "aisle_store=sea" },
      ]);
      // First-load JS from the build's manifests (bench/first-load.ts), beside Lighthouse's transfer size.
      const routeOf: Record<string, string> = {
        home: "/",
        category: "/c/[category]",
        product: "/p/[slug]",
        checkout: "/checkout",
        "in-store product view": "/q/[store]/[gtin]",
      };
      const fromBuild = new Map(firstLoadJs(root, Object.values(routeOf)).map((entry) => [entry.route, entry.totalBytes]));
      for (const page of frontend) page.buildKb = (fromBuild.get(routeOf[page.page]) ?? NaN) / 1024;
      // The floor: a bare App Router page (bench/ceiling-app/app/(floor)) in the same Next/React versions.
      floorKb = firstLoadJs(ceilingDir, ["/floor"])[0].totalBytes / 1024;
    }

    // The framework's ceiling: the home page's bytes from memory through a bare Next route.
    const homeBytes = Buffer.from(await (await fetch(a.url + "/", { headers: { cookie: "aisle_store=sea" } })).arrayBuffer());
    const ceilingResults: LoadResult[] = [];
    let pgbench: PgbenchResult[] = [];
    if (cells.length > 0) {
      const bodyFile = path.join(os.tmpdir(), "aisle-bench-home.html");
      fs.writeFileSync(bodyFile, homeBytes);
      const ceiling = await startServer(ceilingDir, 3902, { CEILING_BODY_FILE: bodyFile });
      servers.push(ceiling);
      for (const connections of levels) {
        console.log(`[bench] bare Next route × ${connections}`);
        const { result, cpuMs } = await withCpu(ceiling.process.pid, () => httpLoad({ url: ceiling.url + "/" }, connections, seconds));
        ceilingResults.push({ ...result, cpuMsPerRequest: cpuMs / result.requests });
      }
      await ceiling.stop();
      try {
        await recreateDatabase("aisle_pgbench");
        pgbench = measurePgbench(databaseUrl("aisle_pgbench"), levels, seconds);
      } catch (error) {
        console.warn(`[bench] pgbench skipped: ${(error as Error).message}`);
      }
    }

    const file = only ? path.join(os.tmpdir(), "aisle-bench-only.md") : path.join(root, "BENCHMARKS.md");
    writeReport({
      file,
      seconds,
      machine: {
        cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "unknown CPU"}`,
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        os: `${os.type()} ${os.release()}`,
        node: process.version,
        next: JSON.parse(fs.readFileSync(path.join(root, "node_modules/next/package.json"), "utf8")).version,
        postgres: postgresVersion.split(" on ")[0],
      },
      dataSize: await data.sizes(),
      results,
      writes: cells.filter((cell) => cell.kind === "write").map((cell) => cell.name),
      statements,
      ceiling: ceilingResults,
      homeBytes: homeBytes.length,
      pgbench,
      realtime,
      invalidation,
      frontend,
      floorKb,
      rss: { idle: idleRss, loaded: loadedRss },
    });
    await data.close();
    console.log(`[bench] wrote ${path.relative(process.cwd(), file) || file}`);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
