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
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { actionId, callAction } from "./app-client";
import { httpLoad, journeyLoad, type LoadResult } from "./load";
import { firstLoadJs } from "./first-load";
import { measureFrontend, type FrontendResult } from "./frontend";
import { measurePgbench, type PgbenchResult } from "./pgbench";
import { build, ceilingAppDir, root, startServer, type Server } from "./servers";
import { writeReport } from "./report";
import { prepareData } from "./data";

const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://aisle:aisle@127.0.0.1:5432/postgres";
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const levels = [1, 10, 50];
const appDb = "aisle_bench";

function databaseUrl(name: string) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
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
    const storeCookie = { cookie: "aisle_store=sea" };

    const pages: Array<[string, string]> = [
      ["home", "/"],
      ["category", `/c/${data.categorySlug}`],
      ["search", `/search?q=${encodeURIComponent(data.searchTerm)}`],
      ["product", `/p/${data.productSlug}`],
    ];
    const results: Record<string, LoadResult[]> = {};
    const frontendOnly = process.argv.includes("--frontend-only");
    for (const [name, pathname] of frontendOnly ? [] : pages) {
      results[name] = [];
      for (const connections of levels) {
        console.log(`[bench] ${name} × ${connections}`);
        results[name].push(await httpLoad({ url: a.url + pathname, headers: storeCookie }, connections, seconds));
      }
    }

    const addToCart = actionId("addToCartAction", "lib/cart/actions.ts");
    results["add-to-cart"] = [];
    for (const connections of frontendOnly ? [] : levels) {
      console.log(`[bench] add-to-cart × ${connections}`);
      await data.emptyCarts();
      results["add-to-cart"].push(
        await httpLoad(
          {
            url: `${a.url}/p/${data.productSlug}`,
            method: "POST",
            headers: { "next-action": addToCart, accept: "text/x-component", origin: a.url, "content-type": "text/plain;charset=UTF-8" },
            headersFor: (i) => ({ cookie: `${data.shopperCookies[i % data.shopperCookies.length]}; aisle_store=sea` }),
            bodyFor: (i) => JSON.stringify([{ skuId: data.skuIds[i % data.skuIds.length], quantity: 1 }]),
          },
          connections,
          seconds,
        ),
      );
    }

    const placeOrder = actionId("placeOrderAction", "lib/checkout/actions.ts");
    results["place-order (pickup)"] = [];
    for (const connections of frontendOnly ? [] : levels) {
      console.log(`[bench] place-order × ${connections}`);
      await data.emptyCarts();
      results["place-order (pickup)"].push(
        await journeyLoad(connections, seconds, async (worker) => {
          const cookie = `${data.shopperCookies[worker]}; aisle_store=sea`;
          const added = await callAction(a.url, `/p/${data.productSlug}`, addToCart, cookie, [
            { skuId: data.skuIds[worker % data.skuIds.length], quantity: 1 },
          ]);
          await added.arrayBuffer();
          const form = new FormData();
          for (const [key, value] of Object.entries(data.checkoutFields())) form.set(key, value);
          form.set("idempotencyKey", randomUUID());
          const started = performance.now();
          const response = await callAction(a.url, "/checkout", placeOrder, cookie, [{}, form]);
          await response.arrayBuffer();
          const elapsed = performance.now() - started;
          return response.headers.get("x-action-redirect")?.includes("/orders/") ? elapsed : null;
        }),
      );
    }

    results["scan (/q → in-store view)"] = [];
    const scanProbe = await fetch(`${a.url}/q/sea/${data.gtin}`, { headers: storeCookie });
    if (scanProbe.ok && !frontendOnly) {
      for (const connections of levels) {
        console.log(`[bench] scan × ${connections}`);
        results["scan (/q → in-store view)"].push(
          await journeyLoad(connections, seconds, async () => {
            const started = performance.now();
            const response = await fetch(`${a.url}/q/sea/${data.gtin}`, { headers: storeCookie });
            await response.arrayBuffer();
            return response.ok ? performance.now() - started : null;
          }),
        );
      }
    }
    const loadedRss = rssMb(a);

    const realtime = frontendOnly ? null : await data.measureRealtime(b.url);

    // Lighthouse on the pages a shopper meets first; checkout needs a signed-in shopper with a cart.
    const shopper = `${data.shopperCookies[1]}; aisle_store=sea`;
    await (await callAction(a.url, `/p/${data.productSlug}`, addToCart, shopper, [{ skuId: data.skuIds[1], quantity: 1 }])).arrayBuffer();
    const frontend: FrontendResult[] = await measureFrontend(a.url, [
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
    const floorKb = firstLoadJs(ceilingDir, ["/floor"])[0].totalBytes / 1024;

    // The framework's ceiling: the home page's bytes from memory through a bare Next route.
    const homeBytes = Buffer.from(await (await fetch(a.url + "/", { headers: storeCookie })).arrayBuffer());
    const bodyFile = path.join(os.tmpdir(), "aisle-bench-home.html");
    fs.writeFileSync(bodyFile, homeBytes);
    const ceiling = await startServer(ceilingDir, 3902, { CEILING_BODY_FILE: bodyFile });
    servers.push(ceiling);
    const ceilingResults: LoadResult[] = [];
    for (const connections of frontendOnly ? [] : levels) {
      console.log(`[bench] bare Next route × ${connections}`);
      ceilingResults.push(await httpLoad({ url: ceiling.url + "/" }, connections, seconds));
    }
    await ceiling.stop();

    let pgbench: PgbenchResult[] = [];
    if (!frontendOnly)
      try {
        await recreateDatabase("aisle_pgbench");
        pgbench = measurePgbench(databaseUrl("aisle_pgbench"), levels, seconds);
      } catch (error) {
        console.warn(`[bench] pgbench skipped: ${(error as Error).message}`);
      }

    writeReport({
      file: path.join(root, "BENCHMARKS.md"),
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
      writes: ["add-to-cart", "place-order (pickup)"],
      ceiling: ceilingResults,
      homeBytes: homeBytes.length,
      pgbench,
      realtime,
      frontend,
      floorKb,
      rss: { idle: idleRss, loaded: loadedRss },
    });
    await data.close();
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
  console.log("[bench] wrote BENCHMARKS.md");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
