import { and, asc, eq, sql } from "drizzle-orm";
import {
  cartLines,
  carts,
  coupons,
  events,
  notifications,
  orderLines,
  orderStatusHistory,
  orders,
  payments,
  promotionRedemptions,
} from "@/db/schema";
import { claimCartForSale } from "@/lib/cart/service";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { linesShortOfStock, reserveStock } from "@/lib/inventory/service";
import { newPickupCode, randomCode } from "@/lib/orders/pickup-code";
import { getPaymentProvider } from "@/lib/payments/test-provider";
import type { PaymentProvider } from "@/lib/payments/provider";
import { bookPickupSlot } from "@/lib/pickup/slots";
import { storeChannel } from "@/lib/realtime/channels";
import { notify } from "@/lib/realtime/notify";
import { formatMoney } from "@/lib/pricing/money";
import { priceBasket, type PricedBasket } from "@/lib/pricing/service";
import { fieldErrorsOf } from "@/lib/validation";
import { authorizeThenWrite } from "./payment";
import { checkoutSchema, type CheckoutInput } from "./schemas";

export type PlacedOrder = { orderId: string; number: string; created: boolean };

type PlaceOrderScope = {
  userId: string;
  cartId: string;
  input: unknown;
  provider?: PaymentProvider;
  now?: Date;
};

/**
 * Places a web order from the shopper's cart. The order of steps is what keeps money and
 * stock right:
 *  1. an idempotency key that already made an order returns that order (retries, double clicks);
 *  2. the basket is priced on the server (nothing the client sent about money is used);
 *  3. the card is authorised *outside* any transaction, so no lock is held during the call;
 *  4. one transaction writes the order, reserves stock with conditional updates, books the
 *     pickup slot and redeems the coupon — all or nothing;
 *  5. if that transaction fails (sold out, slot full), the authorisation is voided.
 * A declined card writes no order.
 */
export async function placeOrder(db: Db, scope: PlaceOrderScope): Promise<PlacedOrder> {
  const parsed = checkoutSchema.safeParse(scope.input);
  if (!parsed.success) {
    throw new AppError("invalid_input", "Please check the highlighted fields.", fieldErrorsOf(parsed.error));
  }
  const input = parsed.data;
  const now = scope.now ?? new Date();
  const provider = scope.provider ?? getPaymentProvider();

  const existing = await findOrderByKey(db, input.idempotencyKey, scope.userId);
  if (existing) return existing;

  const [cart] = await db.select({ id: carts.id }).from(carts).where(and(eq(carts.id, scope.cartId), eq(carts.userId, scope.userId)));
  if (!cart) throw new AppError("not_found", "Your cart could not be found.");
  const lines = await db
    .select({ skuId: cartLines.skuId, quantity: cartLines.quantity })
    .from(cartLines)
    .where(eq(cartLines.cartId, cart.id))
    .orderBy(asc(cartLines.skuId));
  if (lines.length === 0) {
    // A retry racing its own first attempt finds the cart that order has just emptied.
    const finished = await findOrderByKey(db, input.idempotencyKey, scope.userId);
    if (finished) return finished;
    throw new AppError("invalid_input", "Your cart is empty.");
  }

  const basket = await priceBasket(db, {
    storeId: input.storeId,
    channel: "web",
    fulfilment: input.fulfilment,
    userId: scope.userId,
    lines,
    couponCode: input.couponCode,
    now,
  });
  if (input.couponCode && !basket.coupon?.applied) {
    throw new AppError("invalid_input", basket.coupon?.message ?? "This code isn't valid.", {
      couponCode: [basket.coupon?.message ?? "This code isn't valid."],
    });
  }
  await assertAvailable(db, basket);

  const charge = { provider, amountCents: basket.totalCents, currency: basket.currency, card: input, idempotencyKey: input.idempotencyKey };
  const placed = await authorizeThenWrite(db, charge, (authorization) =>
    db.transaction((tx) => writeOrder(tx, { scope, input, basket, authorization, provider, now })),
  );
  return placed ?? (await findOrderByKey(db, input.idempotencyKey, scope.userId))!;
}

/** The order an idempotency key already made (a retry or double click), if it is the caller's. */
export async function findOrderByKey(
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

/** Refuses before charging the card when the store can't fill a line (see linesShortOfStock). */
async function assertAvailable(db: Db, basket: PricedBasket) {
  const short = await linesShortOfStock(db, { storeId: basket.storeId, lines: basket.lines });
  if (short.length > 0) {
    const names = short.map((line) => line.productName).join(", ");
    throw new AppError("out_of_stock", `Not enough stock at this store for: ${names}. Lower the quantity or pick another store.`);
  }
}

type WriteOrderArgs = {
  scope: PlaceOrderScope;
  input: CheckoutInput;
  basket: PricedBasket;
  authorization: { reference: string; brand: string; last4: string };
  provider: PaymentProvider;
  now: Date;
};

async function writeOrder(tx: Db, { scope, input, basket, authorization, provider, now }: WriteOrderArgs): Promise<PlacedOrder | null> {
  const isPickup = input.fulfilment !== "delivery";
  const [order] = await tx
    .insert(orders)
    .values({
      number: `${randomCode(4)}-${randomCode(4)}`,
      userId: scope.userId,
      storeId: basket.storeId,
      channel: "web",
      fulfilment: input.fulfilment,
      status: "placed",
      currency: basket.currency,
      subtotalCents: basket.subtotalCents,
      discountCents: basket.discountCents,
      taxCents: basket.taxCents,
      deliveryFeeCents: basket.deliveryFeeCents,
      totalCents: basket.totalCents,
      couponCode: basket.coupon?.applied ? basket.coupon.code : null,
      contactName: input.contactName,
      contactEmail: input.contactEmail,
      contactPhone: input.contactPhone ?? null,
      deliveryAddress: isPickup
        ? null
        : {
            name: input.contactName,
            line1: input.addressLine1!,
            line2: input.addressLine2,
            city: input.city!,
            region: input.region!,
            postalCode: input.postalCode!,
            country: "US",
          },
      pickupCode: isPickup ? newPickupCode() : null,
      idempotencyKey: input.idempotencyKey,
      placedAt: now,
    })
    .onConflictDoNothing({ target: orders.idempotencyKey })
    .returning({ id: orders.id, number: orders.number });
  // Another request with the same key won the race: it owns the order; write nothing.
  if (!order) return null;
  await claimCartForSale(tx, { cartId: scope.cartId, lines: basket.lines, what: "cart" });

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
    })),
  );

  // Lines are sorted by SKU so concurrent orders lock inventory rows in the same order (no deadlock).
  for (const line of [...basket.lines].sort((a, b) => a.skuId.localeCompare(b.skuId))) {
    await reserveStock(tx, { storeId: basket.storeId, skuId: line.skuId, quantity: line.quantity, orderId: order.id, actorUserId: scope.userId });
  }

  if (isPickup) {
    const slot = await bookPickupSlot(tx, { storeId: basket.storeId, startsAt: input.slot!, now });
    await tx.update(orders).set({ pickupSlotId: slot.id, dueAt: slot.endsAt }).where(eq(orders.id, order.id));
  }

  await redeemPromotions(tx, { basket, orderId: order.id, userId: scope.userId });

  await tx.insert(payments).values({
    orderId: order.id,
    provider: provider.name,
    providerRef: authorization.reference,
    status: "authorized",
    amountCents: basket.totalCents,
    currency: basket.currency,
    cardBrand: authorization.brand,
    last4: authorization.last4,
    idempotencyKey: input.idempotencyKey,
  });
  await tx.insert(orderStatusHistory).values({ orderId: order.id, fromStatus: null, toStatus: "placed", actorUserId: scope.userId });
  await tx.delete(cartLines).where(eq(cartLines.cartId, scope.cartId));
  await tx.insert(notifications).values({
    userId: scope.userId,
    orderId: order.id,
    kind: "order_placed",
    channel: "email",
    recipient: input.contactEmail,
    subject: `Order ${order.number} confirmed`,
    body: `Thanks, ${input.contactName}! We've received order ${order.number} (${formatMoney(basket.totalCents, basket.currency)}).`,
  });
  await tx.insert(events).values({
    name: "order_placed",
    userId: scope.userId,
    storeId: basket.storeId,
    orderId: order.id,
    channel: "web",
    properties: { fulfilment: input.fulfilment, totalCents: basket.totalCents },
  });
  // Staff dashboards on every instance hear about it once this transaction commits.
  await notify(tx, storeChannel(basket.storeId), { type: "order.placed", data: { orderId: order.id, fulfilment: input.fulfilment } });
  return { orderId: order.id, number: order.number, created: true };
}

/** Records promotion use and takes a coupon redemption — refused when the coupon ran out meanwhile. */
export async function redeemPromotions(tx: Db, { basket, orderId, userId }: { basket: PricedBasket; orderId: string; userId: string }) {
  for (const applied of basket.promotions) {
    if (applied.couponId) {
      // The row lock taken here serialises concurrent redemptions of one coupon.
      const [coupon] = await tx
        .update(coupons)
        .set({ redeemedCount: sql`${coupons.redeemedCount} + 1` })
        .where(
          and(
            eq(coupons.id, applied.couponId),
            eq(coupons.active, true),
            sql`(${coupons.maxRedemptions} is null or ${coupons.redeemedCount} < ${coupons.maxRedemptions})`,
          ),
        )
        .returning({ perCustomerLimit: coupons.perCustomerLimit });
      if (!coupon) throw new AppError("conflict", "This code has just been fully redeemed.", { couponCode: ["This code is no longer available."] });
      if (coupon.perCustomerLimit !== null) {
        const [used] = await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(promotionRedemptions)
          .where(and(eq(promotionRedemptions.couponId, applied.couponId), eq(promotionRedemptions.userId, userId)));
        if (Number(used.n) >= coupon.perCustomerLimit) {
          throw new AppError("conflict", "You've already used this code.", { couponCode: ["You've already used this code."] });
        }
      }
    }
    await tx.insert(promotionRedemptions).values({
      promotionId: applied.promotionId,
      couponId: applied.couponId,
      orderId,
      userId,
      discountCents: applied.discountCents,
    });
  }
}
