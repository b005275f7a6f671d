import "server-only";
import { and, eq } from "drizzle-orm";
import { orders, type OrderStatus } from "@/db/schema";
import type { Db } from "@/lib/db";
import { isUuid } from "@/lib/validation";

/** The status of one of the shopper's own orders; someone else's order and a missing one both give null. */
export async function getOrderStatusForShopper(
  db: Db,
  { orderId, userId }: { orderId: string; userId: string },
): Promise<{ id: string; status: OrderStatus } | null> {
  if (!isUuid(orderId)) return null;
  const [order] = await db
    .select({ id: orders.id, status: orders.status })
    .from(orders)
    .where(and(eq(orders.id, orderId), eq(orders.userId, userId)));
  return order ?? null;
}
