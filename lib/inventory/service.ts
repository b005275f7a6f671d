import { and, eq, inArray, sql } from "drizzle-orm";
import { inventory, stockMovements } from "@/db/schema";
import type { Db } from "@/lib/db";
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

/**
 * Reserves units for an order: one conditional UPDATE, so concurrent checkouts can never
 * reserve more than is on hand (and the CHECK constraint backs it up). Call inside the
 * order's transaction.
 */
export async function reserveStock(tx: Db, change: StockChange) {
  const updated = await tx
    .update(inventory)
    .set({ reserved: sql`${inventory.reserved} + ${change.quantity}`, updatedAt: sql`now()` })
    .where(
      and(
        eq(inventory.storeId, change.storeId),
        eq(inventory.skuId, change.skuId),
        sql`${inventory.onHand} - ${inventory.reserved} >= ${change.quantity}`,
      ),
    )
    .returning({ skuId: inventory.skuId });
  if (updated.length === 0) throw new AppError("out_of_stock", t("inventory.soldOut"));
  await tx.insert(stockMovements).values({
    storeId: change.storeId,
    skuId: change.skuId,
    reason: "reservation",
    reservedDelta: change.quantity,
    orderId: change.orderId ?? null,
    actorUserId: change.actorUserId ?? null,
  });
}

/** Gives reserved units back to sale (cancelled or declined order). */
export async function releaseStock(tx: Db, change: StockChange) {
  const updated = await tx
    .update(inventory)
    .set({ reserved: sql`${inventory.reserved} - ${change.quantity}`, updatedAt: sql`now()` })
    .where(and(eq(inventory.storeId, change.storeId), eq(inventory.skuId, change.skuId), sql`${inventory.reserved} >= ${change.quantity}`))
    .returning({ skuId: inventory.skuId });
  if (updated.length === 0) throw new AppError("conflict", t("inventory.alreadyReleased"));
  await tx.insert(stockMovements).values({
    storeId: change.storeId,
    skuId: change.skuId,
    reason: "release",
    reservedDelta: -change.quantity,
    orderId: change.orderId ?? null,
    actorUserId: change.actorUserId ?? null,
  });
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
  const updated = await tx
    .update(inventory)
    .set({ onHand: sql`${inventory.onHand} - ${change.quantity}`, updatedAt: sql`now()` })
    .where(
      and(
        eq(inventory.storeId, change.storeId),
        eq(inventory.skuId, change.skuId),
        sql`${inventory.onHand} - ${inventory.reserved} >= ${change.quantity}`,
      ),
    )
    .returning({ skuId: inventory.skuId });
  if (updated.length === 0) {
    throw new AppError(
      "out_of_stock",
      change.productName ? t("inventory.productSoldOutHere", { product: change.productName }) : t("inventory.itemSoldOutHere"),
    );
  }
  await tx.insert(stockMovements).values({
    storeId: change.storeId,
    skuId: change.skuId,
    reason: "sale",
    onHandDelta: -change.quantity,
    orderId: change.orderId,
    actorUserId: change.actorUserId,
  });
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
  const available = new Map(rows.map((row) => [row.skuId, Number(row.available)]));
  return lines.filter((line) => (available.get(line.skuId) ?? 0) < line.quantity);
}

/**
 * Row-locks a store's inventory rows for these SKUs in SKU order — the order checkout reserves
 * them in — so a transaction touching several rows can't deadlock with a checkout. Returns what
 * each row holds now.
 */
export async function lockInventoryRows(tx: Db, { storeId, skuIds }: { storeId: string; skuIds: string[] }) {
  const sorted = [...new Set(skuIds)].sort();
  const held = new Map<string, { onHand: number; reserved: number }>();
  for (const skuId of sorted) {
    const [row] = await tx
      .select({ onHand: inventory.onHand, reserved: inventory.reserved })
      .from(inventory)
      .where(and(eq(inventory.storeId, storeId), eq(inventory.skuId, skuId)))
      .for("update");
    if (row) held.set(skuId, row);
  }
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
  const [row] = (await lockInventoryRows(tx, { storeId: change.storeId, skuIds: [change.skuId] })).values();
  if (!row || change.delta === 0) return 0;
  const applied = change.delta > 0 ? change.delta : -Math.min(-change.delta, Math.max(row.onHand - row.reserved, 0));
  if (applied === 0) return 0;
  await tx
    .update(inventory)
    .set({ onHand: sql`${inventory.onHand} + ${applied}`, updatedAt: sql`now()` })
    .where(and(eq(inventory.storeId, change.storeId), eq(inventory.skuId, change.skuId)));
  await tx.insert(stockMovements).values({
    storeId: change.storeId,
    skuId: change.skuId,
    reason: change.reason,
    onHandDelta: applied,
    orderId: change.orderId ?? null,
    actorUserId: change.actorUserId ?? null,
    note: change.note ?? null,
  });
  return applied;
}
