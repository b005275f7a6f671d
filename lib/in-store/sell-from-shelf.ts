import { and, eq, sql } from "drizzle-orm";
import { inventory, stockMovements } from "@/db/schema";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";

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
      change.productName
        ? `${change.productName} just sold out here. Remove it from your basket and pay for the rest.`
        : "Sorry — an item in your basket just sold out here.",
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
