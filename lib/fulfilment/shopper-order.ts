import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { orderLines, orderStatusHistory, orders, payments, pickupSlots, stores } from "@/db/schema";
import type { Db } from "@/lib/db";
import { isUuid } from "@/lib/validation";
import { settleOrder } from "./settlement";

/**
 * One of the shopper's own orders, with lines, timeline and payment. Someone else's order
 * id gives null, exactly like an id that doesn't exist.
 */
export async function getOrderForShopper(db: Db, { orderId, userId }: { orderId: string; userId: string }) {
  if (!isUuid(orderId)) return null;
  const [order] = await db
    .select({
      id: orders.id,
      number: orders.number,
      status: orders.status,
      channel: orders.channel,
      fulfilment: orders.fulfilment,
      currency: orders.currency,
      subtotalCents: orders.subtotalCents,
      discountCents: orders.discountCents,
      taxCents: orders.taxCents,
      deliveryFeeCents: orders.deliveryFeeCents,
      totalCents: orders.totalCents,
      couponCode: orders.couponCode,
      contactName: orders.contactName,
      contactEmail: orders.contactEmail,
      deliveryAddress: orders.deliveryAddress,
      pickupCode: orders.pickupCode,
      curbsideArrivedAt: orders.curbsideArrivedAt,
      parkingSpot: orders.parkingSpot,
      placedAt: orders.placedAt,
      slotStartsAt: pickupSlots.startsAt,
      slotEndsAt: pickupSlots.endsAt,
      store: { id: stores.id, code: stores.code, name: stores.name, street: stores.street, city: stores.city, timezone: stores.timezone },
    })
    .from(orders)
    .innerJoin(stores, eq(stores.id, orders.storeId))
    .leftJoin(pickupSlots, eq(pickupSlots.id, orders.pickupSlotId))
    .where(and(eq(orders.id, orderId), eq(orders.userId, userId)));
  if (!order) return null;

  const [lines, history, payment] = await Promise.all([
    db
      .select({
        id: orderLines.id,
        productName: orderLines.productName,
        skuCode: orderLines.skuCode,
        quantity: orderLines.quantity,
        unitPriceCents: orderLines.unitPriceCents,
        discountCents: orderLines.discountCents,
        lineTotalCents: orderLines.lineTotalCents,
        status: orderLines.status,
        pickedQuantity: orderLines.pickedQuantity,
        substitutionStatus: orderLines.substitutionStatus,
        substituteName: sql<
          string | null
        >`(select p.name from skus s join products p on p.id = s.product_id where s.id = ${orderLines.substituteSkuId})`,
      })
      .from(orderLines)
      .where(eq(orderLines.orderId, order.id))
      .orderBy(asc(orderLines.productName)),
    db
      .select({ toStatus: orderStatusHistory.toStatus, createdAt: orderStatusHistory.createdAt, note: orderStatusHistory.note })
      .from(orderStatusHistory)
      .where(eq(orderStatusHistory.orderId, order.id))
      .orderBy(asc(orderStatusHistory.createdAt), asc(orderStatusHistory.id)),
    db
      .select({ status: payments.status, cardBrand: payments.cardBrand, last4: payments.last4 })
      .from(payments)
      .where(eq(payments.orderId, order.id))
      .orderBy(desc(payments.createdAt))
      .limit(1),
  ]);
  // Pickup lines are charged as picked (short units off, a cheaper substitute at its price, a
  // rejected one not at all); the same settlement that keeps the stored totals.
  const settled =
    order.fulfilment === "pickup" || order.fulfilment === "curbside"
      ? new Map((await settleOrder(db, order.id)).lines.map((line) => [line.id, line]))
      : null;
  return {
    ...order,
    lines: lines.map((line) => {
      const charge = settled?.get(line.id);
      return {
        ...line,
        chargeCents: charge?.chargeCents ?? line.lineTotalCents,
        substituteUnitPriceCents: charge?.substitute?.unitPriceCents ?? null,
        substituteCharged: charge?.substitute?.charged ?? false,
      };
    }),
    history,
    payment: payment[0] ?? null,
  };
}

export type ShopperOrder = NonNullable<Awaited<ReturnType<typeof getOrderForShopper>>>;
