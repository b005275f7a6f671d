import { eq } from "drizzle-orm";
import { orders } from "@/db/schema";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import type { PlacedOrder } from "./record-sale";

const t = translator("failures");

/** The order an idempotency key already made (a retry or double click), if it is the caller's. */
export async function findSaleByKey(
  db: Db,
  idempotencyKey: string,
  userId: string,
  conflictMessage = t("sale.someoneElsesCheckout"),
): Promise<PlacedOrder | null> {
  const [order] = await db
    .select({ orderId: orders.id, number: orders.number, userId: orders.userId })
    .from(orders)
    .where(eq(orders.idempotencyKey, idempotencyKey));
  return saleOfKey(order ?? null, userId, conflictMessage);
}

/** The order a key made (as findSaleByKey reads it, or loadSale's `existing`), if it is the caller's. */
export function saleOfKey(
  order: { orderId: string; number: string; userId: string | null } | null,
  userId: string,
  conflictMessage = t("sale.someoneElsesCheckout"),
): PlacedOrder | null {
  if (!order) return null;
  if (order.userId !== userId) throw new AppError("conflict", conflictMessage);
  return { orderId: order.orderId, number: order.number, created: false };
}
