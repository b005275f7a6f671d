import { sql } from "drizzle-orm";
import { orderLines, orders, payments, type DeliveryAddress } from "@/db/schema";
import { assertClaimed, claimCartPart, lockCartColumn } from "@/lib/cart/service";
import type { Db } from "@/lib/db";
import { runNamedParts, runParts, type StatementPart } from "@/lib/db/statement";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { recordEventPart } from "@/lib/insights/events";
import { refusedSkus, shelfEmpty, stockChangePart, type StockLinesChange } from "@/lib/inventory/service";
import { enqueueNotificationPart, type NotificationKind } from "@/lib/notifications/outbox";
import { orderCreatedPart } from "@/lib/orders/lifecycle";
import { randomCode } from "@/lib/orders/pickup-code";
import type { Channel, PricedBasket } from "@/lib/pricing/service";
import { notifyPart } from "@/lib/realtime/notify";
import { redeemPromotions } from "./redeem-promotions";

const t = translator("failures");

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
  /**
   * The channel's own step once stock is taken (book the pickup slot, issue the exit pass), as part
   * of the sale's last statement; `check` reads that statement's row and throws to refuse the sale.
   */
  fulfil?: (tx: Db, order: RecordedOrder) => { part: StatementPart; check?: (row: Record<string, unknown>) => void };
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
 * authorised: see authorizeThenWrite), in as few statements as its order allows:
 *  1. the cart locked and the order row (an idempotency key that already made one writes
 *     nothing and returns null);
 *  2. the goods: the cart claimed — emptied, and refused unless it held exactly the lines priced
 *     — the order's lines, and the stock of every line in one conditional update (rows locked in
 *     SKU order, so concurrent sales can't deadlock), its ledger rows and the stock's cache expiry;
 *  3. each coupon redeemed (only when one applies);
 *  4. the rest in one statement: the channel's own step (the pickup slot, the exit pass), the
 *     promotions' redemption rows, the payment, the first history row, the shopper's message in
 *     the outbox, the analytics event and any realtime event.
 * Inventory, then coupons, then the slot: the order a cancellation takes those locks in too.
 * All or nothing: a refusal at any step throws and rolls the whole sale back.
 */
export async function recordSale(tx: Db, { userId, cartId, basket, idempotencyKey, payment, now, via }: Sale): Promise<PlacedOrder | null> {
  const insertOrder = tx
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
  const claim = await runNamedParts<{ id: string | null; number: string | null }>(tx, "sale_claim", {
    with: [sql`sale_order as (${insertOrder.getSQL()})`],
    select: [lockCartColumn(cartId), sql`(select id from sale_order) as id`, sql`(select number from sale_order) as number`],
  });
  // Another request with the same key won the race: it owns the order; write nothing.
  if (!claim.id || !claim.number) return null;
  const order: RecordedOrder = { id: claim.id, number: claim.number };

  const sold = via.stock === "sell";
  const stock: StockLinesChange = { storeId: basket.storeId, lines: basket.lines, orderId: order.id, actorUserId: userId };
  const lines = tx.insert(orderLines).values(
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
  const goods = await runParts<{ claimed: { skuId: string; quantity: number }[]; stock_changed: string[] }>(
    tx,
    claimCartPart(cartId),
    { with: [sql`sale_order_lines as (${lines.getSQL()})`] },
    stockChangePart(sold ? "sale" : "reservation", stock),
  );
  assertClaimed(goods.claimed, basket.lines, via.channel === "web" ? "cart" : "basket");
  const [refused] = refusedSkus(stock, goods);
  if (refused) {
    throw sold ? shelfEmpty(basket.lines.find((line) => line.skuId === refused)?.productName) : new AppError("out_of_stock", t("inventory.soldOut"));
  }

  const redemptions = await redeemPromotions(tx, { basket, orderId: order.id, userId });
  const fulfilment = via.fulfil?.(tx, order);
  const announce = via.announce?.(order);
  const payment_ = tx.insert(payments).values({
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
  const rest = await runParts(
    tx,
    fulfilment?.part,
    redemptions,
    { with: [sql`sale_payment as (${payment_.getSQL()})`] },
    orderCreatedPart(tx, { orderId: order.id, status: via.status, actorUserId: userId, note: via.historyNote ?? null }),
    enqueueNotificationPart(tx, { ...via.message(order), userId, orderId: order.id, email: via.contact.email, inApp: false }),
    recordEventPart(tx, {
      name: "order_placed",
      userId,
      storeId: basket.storeId,
      orderId: order.id,
      channel: via.channel,
      properties: via.eventProperties,
    }),
    announce && notifyPart("announce", announce.channel, { type: announce.type, data: announce.data }),
  );
  fulfilment?.check?.(rest);
  return { orderId: order.id, number: order.number, created: true };
}
