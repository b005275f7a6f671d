import { and, eq, inArray, sql } from "drizzle-orm";
import { inventory, stockMovements } from "@/db/schema";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";

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
  if (updated.length === 0) throw new AppError("out_of_stock", "Sorry — some items just sold out at this store.");
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
    .where(
      and(
        eq(inventory.storeId, change.storeId),
        eq(inventory.skuId, change.skuId),
        sql`${inventory.reserved} >= ${change.quantity}`,
      ),
    )
    .returning({ skuId: inventory.skuId });
  if (updated.length === 0) throw new AppError("conflict", "This reservation was already released.");
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
    .where(and(eq(inventory.storeId, storeId), inArray(inventory.skuId, lines.map((line) => line.skuId))));
  const available = new Map(rows.map((row) => [row.skuId, Number(row.available)]));
  return lines.filter((line) => (available.get(line.skuId) ?? 0) < line.quantity);
}
