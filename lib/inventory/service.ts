import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { inventory, stockMovements } from "@/db/schema";
import { expireCachePart, stockTags } from "@/lib/cache/expire";
import type { Db } from "@/lib/db";
import { runParts, type StatementPart } from "@/lib/db/statement";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";

const t = translator("failures");

type StockChange = {
  storeId: string;
  skuId: string;
  quantity: number;
  orderId?: string | null;
  actorUserId?: string | null;
};

/** One stock change for many lines of one store (one SKU once: quantities of a SKU are summed). */
export type StockLinesChange = {
  storeId: string;
  lines: { skuId: string; quantity: number }[];
  orderId?: string | null;
  actorUserId?: string | null;
};

/** reservation: held for an order's pick; release: given back; sale: off the shelf now. */
export type StockChangeKind = "reservation" | "release" | "sale";

/** Per kind: the column it moves, its sign, and the condition that keeps the row valid. */
const CHANGES = {
  reservation: { set: sql`reserved = i.reserved + w.quantity`, allowed: sql`i.on_hand - i.reserved >= w.quantity`, onHand: 0, reserved: 1 },
  release: { set: sql`reserved = i.reserved - w.quantity`, allowed: sql`i.reserved >= w.quantity`, onHand: 0, reserved: -1 },
  sale: { set: sql`on_hand = i.on_hand - w.quantity`, allowed: sql`i.on_hand - i.reserved >= w.quantity`, onHand: -1, reserved: 0 },
} as const;

function summed(lines: { skuId: string; quantity: number }[]) {
  const bySku = new Map<string, number>();
  for (const line of lines) if (line.quantity > 0) bySku.set(line.skuId, (bySku.get(line.skuId) ?? 0) + line.quantity);
  return [...bySku].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The stock change of every line as part of one statement: the rows locked in SKU order (so
 * concurrent sales lock alike and can't deadlock), one conditional UPDATE for all of them
 * (only rows that stay within on hand change), a ledger row per changed row, and the cache
 * expiry of the store's stock. The column `stock_changed` lists the SKUs that changed: fewer
 * than the lines means some row refused, and the caller must throw (rolling it all back).
 * One stock part per statement (its WITH names are fixed).
 */
export function stockChangePart(kind: StockChangeKind, change: StockLinesChange): StatementPart {
  const lines = summed(change.lines);
  const rule = CHANGES[kind];
  const wanted = lines.length
    ? sql.join(
        lines.map(([skuId, quantity]) => sql`(${skuId}::uuid, ${quantity}::int)`),
        sql`, `,
      )
    : sql`(null::uuid, 0)`;
  const expire = expireCachePart(stockTags({ storeId: change.storeId, skuIds: lines.map(([skuId]) => skuId) }), "stock_expire");
  return {
    with: [
      sql`stock_wanted (sku_id, quantity) as (values ${wanted})`,
      sql`stock_locked as materialized (
        select i.sku_id from inventory i
        where i.store_id = ${change.storeId} and i.sku_id in (select sku_id from stock_wanted)
        order by i.sku_id for update)`,
      sql`stock_changed as (
        update inventory i set ${rule.set}, updated_at = now()
        from stock_wanted w
        where i.store_id = ${change.storeId} and i.sku_id = w.sku_id and i.sku_id in (select sku_id from stock_locked) and ${rule.allowed}
        returning i.sku_id, w.quantity)`,
      sql`stock_ledger as (
        insert into stock_movements (store_id, sku_id, reason, on_hand_delta, reserved_delta, order_id, actor_user_id)
        select ${change.storeId}::uuid, sku_id, ${kind}::stock_movement_reason, ${rule.onHand}::int * quantity, ${rule.reserved}::int * quantity,
               ${change.orderId ?? null}::uuid, ${change.actorUserId ?? null}::uuid
        from stock_changed)`,
    ],
    select: [sql`(select coalesce(json_agg(sku_id), '[]'::json) from stock_changed) as stock_changed`, ...(expire?.select ?? [])],
  };
}

/** Which of the change's SKUs did not change (refused: not enough on the shelf, or nothing held). */
export function refusedSkus(change: StockLinesChange, row: { stock_changed: string[] }) {
  const changed = new Set(row.stock_changed);
  return summed(change.lines)
    .map(([skuId]) => skuId)
    .filter((skuId) => !changed.has(skuId));
}

/** Runs one stock change on its own (one statement); answers the SKUs refused. */
async function changeStock(tx: Db, kind: StockChangeKind, change: StockLinesChange) {
  return refusedSkus(change, await runParts<{ stock_changed: string[] }>(tx, stockChangePart(kind, change)));
}

const oneLine = (change: StockChange): StockLinesChange => ({ ...change, lines: [{ skuId: change.skuId, quantity: change.quantity }] });

/**
 * Reserves units for an order: one conditional UPDATE, so concurrent checkouts can never
 * reserve more than is on hand (and the CHECK constraint backs it up). Call inside the
 * order's transaction.
 */
export async function reserveStock(tx: Db, change: StockChange) {
  if ((await changeStock(tx, "reservation", oneLine(change))).length) throw new AppError("out_of_stock", t("inventory.soldOut"));
}

/** Gives reserved units back to sale (cancelled or declined order). */
export async function releaseStock(tx: Db, change: StockChange) {
  await releaseStockLines(tx, oneLine(change));
}

/** Gives back what an order holds of several SKUs, in one statement (a cancelled order). */
export async function releaseStockLines(tx: Db, change: StockLinesChange) {
  if (summed(change.lines).length === 0) return;
  if ((await changeStock(tx, "release", change)).length) throw new AppError("conflict", t("inventory.alreadyReleased"));
}

/** The refusal of an in-store sale whose shelf ran out (naming the product when known). */
export function shelfEmpty(productName?: string) {
  return new AppError("out_of_stock", productName ? t("inventory.productSoldOutHere", { product: productName }) : t("inventory.itemSoldOutHere"));
}

/**
 * Takes units off this store's shelf for an in-store sale: one conditional UPDATE that only
 * succeeds while unreserved units remain (units reserved for pickup orders are not for sale),
 * plus its ledger row. Concurrent sales of the last unit — here or online — serialise on the
 * row; exactly one wins. Call inside the sale's transaction.
 */
export async function sellFromShelf(
  tx: Db,
  change: { storeId: string; skuId: string; quantity: number; orderId: string; actorUserId: string | null; productName?: string },
) {
  if ((await changeStock(tx, "sale", oneLine(change))).length) throw shelfEmpty(change.productName);
}

/** The lines `available` (SKU → units free to sell) can't fill. */
export function shortOfStock<Line extends { skuId: string; quantity: number }>(lines: Line[], available: Map<string, number>): Line[] {
  return lines.filter((line) => (available.get(line.skuId) ?? 0) < line.quantity);
}

/**
 * The lines a store can't fill from what it has free (on hand minus reserved). A cheap read
 * before charging a card; the conditional updates in the transaction are the guarantee.
 */
export async function linesShortOfStock<Line extends { skuId: string; quantity: number }>(
  db: Db,
  { storeId, lines }: { storeId: string; lines: Line[] },
): Promise<Line[]> {
  const rows = await db
    .select({ skuId: inventory.skuId, available: sql<number>`${inventory.onHand} - ${inventory.reserved}` })
    .from(inventory)
    .where(
      and(
        eq(inventory.storeId, storeId),
        inArray(
          inventory.skuId,
          lines.map((line) => line.skuId),
        ),
      ),
    );
  return shortOfStock(lines, new Map(rows.map((row) => [row.skuId, Number(row.available)])));
}

/**
 * Row-locks a store's inventory rows for these SKUs in SKU order — the order checkout reserves
 * them in — so a transaction touching several rows can't deadlock with a checkout (one
 * statement: rows are sorted before they are locked). Returns what each row holds now.
 */
export async function lockInventoryRows(tx: Db, { storeId, skuIds }: { storeId: string; skuIds: string[] }) {
  const held = new Map<string, { onHand: number; reserved: number }>();
  if (skuIds.length === 0) return held;
  const rows = await tx
    .select({ skuId: inventory.skuId, onHand: inventory.onHand, reserved: inventory.reserved })
    .from(inventory)
    .where(and(eq(inventory.storeId, storeId), inArray(inventory.skuId, [...new Set(skuIds)])))
    .orderBy(asc(inventory.skuId))
    .for("update");
  for (const { skuId, ...row } of rows) held.set(skuId, row);
  return held;
}

/**
 * Corrects on-hand by `delta` with one ledger row (a count found on the shelf, e.g. a short
 * pick). Lowering stops at what is reserved (units promised to orders stay promised; those
 * orders find out when they're picked), so it may apply less than asked: returns what it applied.
 */
export async function correctOnHand(
  tx: Db,
  change: {
    storeId: string;
    skuId: string;
    delta: number;
    reason: "short_pick" | "adjustment";
    orderId?: string | null;
    actorUserId?: string | null;
    note?: string | null;
  },
) {
  const row = (await lockInventoryRows(tx, { storeId: change.storeId, skuIds: [change.skuId] })).get(change.skuId);
  if (!row || change.delta === 0) return 0;
  const applied = change.delta > 0 ? change.delta : -Math.min(-change.delta, Math.max(row.onHand - row.reserved, 0));
  if (applied === 0) return 0;
  // The row is locked: the update, its ledger row and the cache expiry go in one statement.
  const update = tx
    .update(inventory)
    .set({ onHand: sql`${inventory.onHand} + ${applied}`, updatedAt: sql`now()` })
    .where(and(eq(inventory.storeId, change.storeId), eq(inventory.skuId, change.skuId)));
  const ledger = tx.insert(stockMovements).values({
    storeId: change.storeId,
    skuId: change.skuId,
    reason: change.reason,
    onHandDelta: applied,
    orderId: change.orderId ?? null,
    actorUserId: change.actorUserId ?? null,
    note: change.note ?? null,
  });
  await runParts(
    tx,
    { with: [sql`corrected as (${update.getSQL()})`, sql`corrected_ledger as (${ledger.getSQL()})`] },
    expireCachePart(stockTags({ storeId: change.storeId, skuIds: [change.skuId] })),
  );
  return applied;
}
