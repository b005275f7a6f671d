import { eq } from "drizzle-orm";
import { cartLines, orderLines, orders, payments, type DeliveryAddress } from "@/db/schema";
import { claimCartForSale } from "@/lib/cart/service";
import type { Db } from "@/lib/db";
import { recordEvent } from "@/lib/insights/events";
import { reserveStock, sellFromShelf } from "@/lib/inventory/service";
import { enqueueNotification, type NotificationKind } from "@/lib/notifications/outbox";
import { recordOrderCreated } from "@/lib/orders/lifecycle";
import { randomCode } from "@/lib/orders/pickup-code";
import type { Channel, PricedBasket } from "@/lib/pricing/service";
import { notify } from "@/lib/realtime/notify";
import { redeemPromotions } from "./redeem-promotions";

export type PlacedOrder = { orderId: string; number: string; created: boolean };

export type RecordedOrder = { id: string; number: string };

/** The card authorisation the sale records (from authorizeThenWrite, lib/checkout/payment.ts). */
export type SalePayment = { provider: string; reference: string; brand: string; last4: string };

/**
 * What differs between channels (web checkout, scan-and-go, kiosk); everything else about a sale
 * is the same code. Add a channel by describing it here, not by writing another transaction.
 */
export type SaleChannel = {
  channel: Channel;
  /** "placed" for an order the store still fulfils; "completed" for goods leaving with the shopper. */
  status: "placed" | "completed";
  fulfilment: "delivery" | "pickup" | "curbside" | null;
  /** `reserve` holds units for a later pick; `sell` takes them off the shelf now (lines picked). */
  stock: "reserve" | "sell";
  contact: { name: string; email: string; phone?: string | null };
  deliveryAddress?: DeliveryAddress | null;
  pickupCode?: string | null;
  /** Where the sale happened, on its first history row. */
  historyNote?: string;
  /** The channel's own step once stock is taken (book the pickup slot, issue the exit pass). */
  fulfil?: (tx: Db, order: RecordedOrder) => Promise<void>;
  /** The message to the shopper, e-mail only (the order page shows the order itself). */
  message: (order: RecordedOrder) => { kind: NotificationKind; subject: string; body: string };
  eventProperties: Record<string, unknown>;
  /** A realtime event to send on commit (e.g. the store's dashboards hear of a new order). */
  announce?: (order: RecordedOrder) => { channel: string; type: string; data?: Record<string, unknown> };
};

export type Sale = {
  userId: string;
  cartId: string;
  basket: PricedBasket;
  idempotencyKey: string;
  payment: SalePayment;
  now: Date;
  via: SaleChannel;
};

/**
 * The one sale transaction, for every channel (run it inside `db.transaction`, after the card is
 * authorised: see authorizeThenWrite). In order: the order row (an idempotency key that already
 * made one writes nothing and returns null), the cart claimed, the lines, the stock (in SKU order,
 * so concurrent sales lock inventory rows alike and can't deadlock), the channel's own step,
 * promotions redeemed, the payment, the first history row, the cart emptied, the shopper's
 * message in the outbox, the analytics event and any realtime event — all or nothing.
 */
export async function recordSale(tx: Db, { userId, cartId, basket, idempotencyKey, payment, now, via }: Sale): Promise<PlacedOrder | null> {
  const [order] = await tx
    .insert(orders)
    .values({
      number: `${randomCode(4)}-${randomCode(4)}`,
      userId,
      storeId: basket.storeId,
      channel: via.channel,
      fulfilment: via.fulfilment,
      status: via.status,
      currency: basket.currency,
      subtotalCents: basket.subtotalCents,
      discountCents: basket.discountCents,
      taxCents: basket.taxCents,
      deliveryFeeCents: basket.deliveryFeeCents,
      totalCents: basket.totalCents,
      couponCode: basket.coupon?.applied ? basket.coupon.code : null,
      contactName: via.contact.name,
      contactEmail: via.contact.email,
      contactPhone: via.contact.phone ?? null,
      deliveryAddress: via.deliveryAddress ?? null,
      pickupCode: via.pickupCode ?? null,
      idempotencyKey,
      placedAt: now,
    })
    .onConflictDoNothing({ target: orders.idempotencyKey })
    .returning({ id: orders.id, number: orders.number });
  // Another request with the same key won the race: it owns the order; write nothing.
  if (!order) return null;
  await claimCartForSale(tx, { cartId, lines: basket.lines, what: via.channel === "web" ? "cart" : "basket" });

  const sold = via.stock === "sell";
  await tx.insert(orderLines).values(
    basket.lines.map((line) => ({
      orderId: order.id,
      skuId: line.skuId,
      productName: line.productName,
      skuCode: line.skuCode,
      quantity: line.quantity,
      unitPriceCents: line.unitPriceCents,
      discountCents: line.discountCents,
      lineTotalCents: line.lineTotalCents,
      ...(sold ? { status: "picked" as const, pickedQuantity: line.quantity } : {}),
    })),
  );
  for (const line of [...basket.lines].sort((a, b) => a.skuId.localeCompare(b.skuId))) {
    const change = { storeId: basket.storeId, skuId: line.skuId, quantity: line.quantity, orderId: order.id, actorUserId: userId };
    if (sold) await sellFromShelf(tx, { ...change, productName: line.productName });
    else await reserveStock(tx, change);
  }
  await via.fulfil?.(tx, order);

  await redeemPromotions(tx, { basket, orderId: order.id, userId });
  await tx.insert(payments).values({
    orderId: order.id,
    provider: payment.provider,
    providerRef: payment.reference,
    status: "authorized",
    amountCents: basket.totalCents,
    currency: basket.currency,
    cardBrand: payment.brand,
    last4: payment.last4,
    idempotencyKey,
  });
  await recordOrderCreated(tx, { orderId: order.id, status: via.status, actorUserId: userId, note: via.historyNote ?? null });
  await tx.delete(cartLines).where(eq(cartLines.cartId, cartId));
  await enqueueNotification(tx, { ...via.message(order), userId, orderId: order.id, email: via.contact.email, inApp: false });
  await recordEvent(tx, {
    name: "order_placed",
    userId,
    storeId: basket.storeId,
    orderId: order.id,
    channel: via.channel,
    properties: via.eventProperties,
  });
  if (via.announce) {
    const { channel, ...event } = via.announce(order);
    await notify(tx, channel, event);
  }
  return { orderId: order.id, number: order.number, created: true };
}
