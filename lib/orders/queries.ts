import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { orderLines, orders, stores } from "@/db/schema";
import type { Db } from "@/lib/db";

/** Units per order, as a subquery to join on `orderId` (lists show "3 items" without loading lines). */
export function orderItemCounts(db: Db) {
  return db
    .select({ orderId: orderLines.orderId, items: sql<number>`sum(${orderLines.quantity})::int`.as("items") })
    .from(orderLines)
    .groupBy(orderLines.orderId)
    .as("item_counts");
}

/** The shopper's orders from every channel, newest first. */
export async function listOrdersForShopper(db: Db, { userId, limit = 50 }: { userId: string; limit?: number }) {
  return db
    .select({
      id: orders.id,
      number: orders.number,
      status: orders.status,
      channel: orders.channel,
      fulfilment: orders.fulfilment,
      totalCents: orders.totalCents,
      currency: orders.currency,
      placedAt: orders.placedAt,
      storeName: stores.name,
    })
    .from(orders)
    .innerJoin(stores, eq(stores.id, orders.storeId))
    .where(eq(orders.userId, userId))
    .orderBy(desc(orders.placedAt))
    .limit(limit);
}
