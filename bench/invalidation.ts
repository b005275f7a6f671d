import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { queryRows } from "@/lib/db/rows";
import { cacheTags } from "@/lib/cache/tags";
import { formatMoney } from "@/lib/pricing/money";
import { CACHE_CHANNEL, PG_CHANNEL } from "@/lib/realtime/channels";
import { actionId, callAction, orderPlacedIn } from "./app-client";
import type { BenchData } from "./data";

export type InvalidationResult = {
  write: string;
  /** Trials that saw the new value on B; the others timed out. */
  samples: number;
  timedOut: number;
  p50: number;
  max: number;
  /** Why it could not be measured at all. */
  skipped?: string;
};

const TRIALS = 10;
const POLL_MS = 20;
const TIMEOUT_MS = 10_000;
const STORE = "aisle_store=sea";

/**
 * Expires cache tags on every instance exactly as lib/cache/expire.ts's expireCache does: one
 * pg_notify on the app's channel, inside the writing transaction, delivered on commit.
 */
export async function expireTags(tx: Db, tags: string[]) {
  const message = { channel: CACHE_CHANNEL, type: "expire", data: { tags } };
  await tx.execute(sql`select pg_notify(${PG_CHANNEL}, ${JSON.stringify(message)})`);
}

/** Polls `url` every POLL_MS until its HTML contains `text`; ms from `since` to that response, or null. */
async function seenAfter(url: string, text: string, since: number): Promise<number | null> {
  while (performance.now() - since < TIMEOUT_MS) {
    const started = performance.now();
    const html = await (await fetch(url, { headers: { cookie: STORE } })).text();
    if (html.includes(text)) return performance.now() - since;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, POLL_MS - (performance.now() - started))));
  }
  return null;
}

function summarize(write: string, delays: Array<number | null>): InvalidationResult {
  const seen = delays.filter((delay): delay is number => delay !== null).sort((a, b) => a - b);
  return {
    write,
    samples: seen.length,
    timedOut: delays.length - seen.length,
    p50: seen.length ? seen[Math.ceil(seen.length / 2) - 1] : NaN,
    max: seen.at(-1) ?? NaN,
  };
}

const skipped = (write: string, reason: string): InvalidationResult => ({ write, samples: 0, timedOut: 0, p50: NaN, max: NaN, skipped: reason });

type Product = { product_id: string; sku_id: string; slug: string; price_cents: number; currency: string };

/**
 * Cross-instance invalidation: a write through instance A (or straight to the database, with the
 * app's invalidation message) and the time until instance B's product page shows it. One product
 * with a single SKU, not one the load uses, its stock at Seattle held at 5 ("Only 5 left") and
 * plenty elsewhere, so the count is on the page and nothing else on it can read "Only 4 left".
 */
export async function measureInvalidation(db: Db, data: BenchData, aUrl: string, bUrl: string): Promise<InvalidationResult[]> {
  const [store] = await queryRows<{ id: string }>(db, sql`select id from stores where code = 'sea'`);
  const candidates = await queryRows<Product>(
    db,
    sql`select p.id as product_id, s.id as sku_id, p.slug, s.price_cents, s.currency
        from products p join skus s on s.product_id = p.id and s.active
        join inventory i on i.sku_id = s.id and i.store_id = ${store.id}
        where p.active and s.id not in ${data.skuIds}
          and (select count(*) from skus other where other.product_id = p.id and other.active) = 1
        order by p.slug limit 10`,
  );
  const setStock = async (product: Product) =>
    db.transaction(async (tx) => {
      await tx.execute(
        sql`update inventory set on_hand = reserved + case when store_id = ${store.id} then 5 else 1000 end where sku_id = ${product.sku_id}`,
      );
      await expireTags(tx, [cacheTags.stockAt(store.id), cacheTags.stockOfSku(product.sku_id)]);
    });
  // The first candidate whose page on B shows its list price and, after the reset, "Only 5 left".
  let product: Product | undefined;
  for (const candidate of candidates) {
    const url = `${bUrl}/p/${candidate.slug}`;
    await setStock(candidate);
    const html = await (await fetch(url, { headers: { cookie: STORE } })).text();
    if (!html.includes(formatMoney(candidate.price_cents, candidate.currency))) continue;
    // A page B renders afresh shows the reset at once; a miss means another variant or text is in the way.
    if (!html.includes("Only 5 left") || html.includes("Only 4 left")) continue;
    product = candidate;
    break;
  }
  if (!product) {
    const reason = "no single-SKU product whose page on B showed its list price and its reset stock (Only 5 left)";
    return [skipped("sale (place-order on A) → stock on B", reason), skipped("price (SQL + expire) → price on B", reason)];
  }
  const page = `${bUrl}/p/${product.slug}`;
  const results: InvalidationResult[] = [];

  // A sale through the real place-order action on A: available 5 → 4 at the shopper's store.
  const addToCart = actionId("addToCartAction", "lib/cart/actions.ts");
  const placeOrder = actionId("placeOrderAction", "lib/checkout/actions.ts");
  const cookie = `${data.shopperCookies[0]}; ${STORE}`;
  const saleDelays: Array<number | null> = [];
  // Two trials in a row that B never showed end the series: invalidation is not reaching B.
  const givenUp = (delays: Array<number | null>) => delays.length >= 2 && delays.at(-1) === null && delays.at(-2) === null;
  for (let trial = 0; trial < TRIALS && !givenUp(saleDelays); trial++) {
    await setStock(product);
    if ((await seenAfter(page, "Only 5 left", performance.now())) === null) {
      saleDelays.push(null);
      continue;
    }
    await data.emptyCarts();
    await (await callAction(aUrl, `/p/${product.slug}`, addToCart, cookie, [{ skuId: product.sku_id, quantity: 1 }])).arrayBuffer();
    const form = new FormData();
    for (const [key, value] of Object.entries(data.checkoutFields())) form.set(key, value);
    form.set("idempotencyKey", randomUUID());
    const response = await callAction(aUrl, "/checkout", placeOrder, cookie, [{}, form]);
    const committed = performance.now();
    if (response.status !== 200 || !orderPlacedIn(await response.text())) throw new Error(`place-order on A failed (${response.status})`);
    saleDelays.push(await seenAfter(page, "Only 4 left", committed));
  }
  results.push(summarize("sale (place-order on A) → stock on B", saleDelays));

  // A price change written with SQL plus the app's invalidation message, in one transaction.
  const priceDelays: Array<number | null> = [];
  for (let trial = 0; trial < TRIALS && !givenUp(priceDelays); trial++) {
    const cents = 9_000 + 101 * (trial + 1);
    await db.transaction(async (tx) => {
      await tx.execute(sql`update skus set price_cents = ${cents} where id = ${product.sku_id}`);
      await expireTags(tx, [cacheTags.product(product.product_id)]);
    });
    priceDelays.push(await seenAfter(page, formatMoney(cents, product.currency), performance.now()));
  }
  await db.transaction(async (tx) => {
    await tx.execute(sql`update skus set price_cents = ${product.price_cents} where id = ${product.sku_id}`);
    await expireTags(tx, [cacheTags.product(product.product_id)]);
  });
  results.push(summarize("price (SQL + expire) → price on B", priceDelays));
  return results;
}
