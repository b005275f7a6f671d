import { eq, inArray, sql } from "drizzle-orm";
import {
  categories,
  coupons,
  events,
  exitPasses,
  inventory,
  orderLines,
  orderStatusHistory,
  orders,
  payments,
  pickupSlots,
  products,
  promotionRedemptions,
  reviews,
  skus,
  stockMovements,
  stores,
  users,
} from "@/db/schema";
import { shopperSeeds } from "@/db/seed/people";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db";
import { DEMO_PASSWORD, demoAccounts } from "./accounts";
import { buildCatalog } from "./catalog";
import { stockKey } from "./context";
import { insertBatches } from "./insert";
import { planOrders } from "./plan-orders";
import { planReviews } from "./plan-reviews";
import { finalizeStock, planLocations, planStockTargets, type MovementRow } from "./plan-stock";
import { createRandom } from "./random";
import { loadSeedContext, seedReferenceData } from "./seed-catalog";

export type SeedSummary = {
  /** True when this run wrote the demo history (stock, orders, reviews); false when it was already there. */
  historySeeded: boolean;
  /** Rows inserted by this run, per table. */
  inserted: Record<string, number>;
  /** What the database holds now. */
  totals: { stores: number; categories: number; products: number; skus: number; users: number; orders: number; reviews: number };
  ms: number;
};

// Any constant: two instances starting together on one PostgreSQL seed one after the other.
const SEED_LOCK_KEY = 7_316_022;
// Every phase draws from its own stream, so editing one phase leaves the others unchanged.
const SEEDS = { context: 11, stock: 23, locations: 29, orders: 31, finalize: 37, reviews: 41 };

/**
 * Seeds the curated demo: stores, catalog, demo accounts, promotions, and — on an empty
 * database — four weeks of stock, orders and reviews. Safe to run on every start: reference
 * rows go in by natural key and the history is written once, all in one transaction.
 */
export async function seedDemoData(db: Db, options: { now?: Date } = {}): Promise<SeedSummary> {
  const started = Date.now();
  const now = options.now ?? new Date();
  const catalog = buildCatalog();

  // Hashing is slow on purpose: do it once, and only when an account is missing.
  const emails = [...demoAccounts.map((a) => a.email), ...shopperSeeds.map((s) => s.email)];
  const present = await db.select({ email: users.email }).from(users).where(inArray(users.email, emails));
  const passwordHash = present.length < emails.length ? await hashPassword(DEMO_PASSWORD) : null;

  const result = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    const ref = await seedReferenceData(tx, { catalog, passwordHash, now });
    const inserted = { ...ref.inserted };
    const ctx = await loadSeedContext(tx, createRandom(SEEDS.context), { ...ref, catalog });
    const targets = planStockTargets(createRandom(SEEDS.stock), ctx.stores, ctx.skus);
    const locations = planLocations(createRandom(SEEDS.locations), ctx.stores, ctx.skus);

    const [seededBefore] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(inventory)
      .where(
        inArray(
          inventory.storeId,
          ctx.stores.map((s) => s.id),
        ),
      );
    const [orderedBefore] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(orders)
      .where(eq(orders.idempotencyKey, "seed-order-1"));
    const historySeeded = Number(seededBefore.n) === 0 && Number(orderedBefore.n) === 0;

    if (historySeeded) {
      const plan = planOrders(createRandom(SEEDS.orders), { now, ...ctx, targets });
      const stock = finalizeStock({
        rng: createRandom(SEEDS.finalize),
        now,
        stores: ctx.stores,
        skus: ctx.skus,
        targets,
        locations,
        orderMovements: plan.movements,
      });
      inserted.pickupSlots = await insertBatches(tx, pickupSlots, plan.slots);
      inserted.orders = await insertBatches(tx, orders, plan.orders);
      inserted.orderLines = await insertBatches(tx, orderLines, plan.lines);
      inserted.orderStatusHistory = await insertBatches(tx, orderStatusHistory, plan.history);
      inserted.payments = await insertBatches(tx, payments, plan.payments);
      inserted.promotionRedemptions = await insertBatches(tx, promotionRedemptions, plan.redemptions);
      inserted.exitPasses = await insertBatches(tx, exitPasses, plan.exitPasses);
      inserted.events = await insertBatches(tx, events, plan.events);
      inserted.inventory = await insertBatches(tx, inventory, stock.inventory);
      inserted.stockMovements = await insertBatches(tx, stockMovements, stock.movements);
      for (const [couponId, count] of plan.couponRedemptions) {
        await tx
          .update(coupons)
          .set({ redeemedCount: sql`${coupons.redeemedCount} + ${count}` })
          .where(eq(coupons.id, couponId));
      }

      const created = await tx
        .select({ id: products.id, createdAt: products.createdAt })
        .from(products)
        .where(inArray(products.id, [...ref.productId.values()]));
      const createdAt = new Map(created.map((row) => [row.id, row.createdAt]));
      const reviewed = catalog.map((p) => ({
        id: ref.productId.get(p.slug)!,
        reviews: p.reviews,
        createdAt: createdAt.get(ref.productId.get(p.slug)!)!,
      }));
      const planned = planReviews(createRandom(SEEDS.reviews), { now, products: reviewed, shoppers: ctx.shoppers, purchases: plan.purchases });
      inserted.reviews = await insertBatches(tx, reviews, planned.reviews);
      await refreshRatings(
        tx,
        reviewed.map((p) => p.id),
      );
    } else {
      // History is already there; stock only the SKUs or stores added to the seed since.
      inserted.inventory = await stockNewSkus(tx, { now, ctx, targets, locations });
    }
    return { historySeeded, inserted };
  });

  return { ...result, totals: await countTotals(db), ms: Date.now() - started };
}

/** products.rating_average/rating_count recomputed from the reviews table itself. */
async function refreshRatings(tx: Db, productIds: string[]) {
  await tx.execute(sql`
    update ${products} p
       set rating_average = r.average, rating_count = r.n
      from (select ${reviews.productId} as product_id, round(avg(${reviews.rating})::numeric, 2)::real as average, count(*)::int as n
              from ${reviews} group by ${reviews.productId}) r
     where p.id = r.product_id and p.id in ${productIds}
  `);
}

async function stockNewSkus(
  tx: Db,
  input: {
    now: Date;
    ctx: Awaited<ReturnType<typeof loadSeedContext>>;
    targets: Map<string, number>;
    locations: Map<string, { aisle: string; bay: string }>;
  },
) {
  const storeIds = input.ctx.stores.map((s) => s.id);
  const present = await tx.select({ storeId: inventory.storeId, skuId: inventory.skuId }).from(inventory).where(inArray(inventory.storeId, storeIds));
  const have = new Set(present.map((row) => stockKey(row.storeId, row.skuId)));
  const rows = [];
  const movements: MovementRow[] = [];
  for (const store of input.ctx.stores) {
    for (const sku of input.ctx.skus) {
      const key = stockKey(store.id, sku.id);
      if (have.has(key)) continue;
      const onHand = input.targets.get(key) ?? 0;
      rows.push({ storeId: store.id, skuId: sku.id, onHand, reserved: 0, ...input.locations.get(key)!, updatedAt: input.now });
      if (onHand > 0) {
        movements.push({
          storeId: store.id,
          skuId: sku.id,
          reason: "receipt",
          onHandDelta: onHand,
          actorUserId: store.managerId,
          note: "Opening stock delivery",
          createdAt: input.now,
        });
      }
    }
  }
  const inserted = await insertBatches(tx, inventory, rows);
  await insertBatches(tx, stockMovements, movements);
  return inserted;
}

async function countTotals(db: Db) {
  const [row] = await db
    .select({
      stores: sql<number>`(select count(*)::int from ${stores})`,
      categories: sql<number>`(select count(*)::int from ${categories})`,
      products: sql<number>`(select count(*)::int from ${products})`,
      skus: sql<number>`(select count(*)::int from ${skus})`,
      users: sql<number>`(select count(*)::int from ${users})`,
      orders: sql<number>`(select count(*)::int from ${orders})`,
      reviews: sql<number>`(select count(*)::int from ${reviews})`,
    })
    .from(sql`(select 1) as one`);
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)])) as SeedSummary["totals"];
}
