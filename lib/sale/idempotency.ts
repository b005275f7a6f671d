import { eq } from "drizzle-orm";
import { orders } from "@/db/schema";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { PlacedOrder } from "./record-sale";

/** The order an idempotency key already made (a retry or double click), if it is the caller's. */
export async function findSaleByKey(
  db: Db,
  idempotencyKey: string,
  userId: string,
  conflictMessage = "This checkout belongs to someone else. Reload the page.",
): Promise<PlacedOrder | null> {
  const [order] = await db
    .select({ orderId: orders.id, number: orders.number, userId: orders.userId })
    .from(orders)
    .where(eq(orders.idempotencyKey, idempotencyKey));
  if (!order) return null;
  if (order.userId !== userId) throw new AppError("conflict", conflictMessage);
  return { orderId: order.orderId, number: order.number, created: false };
}
