import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { orderPlacedMessage } from "@/lib/notifications/messages";
import { newPickupCode } from "@/lib/orders/pickup-code";
import { getPaymentProvider } from "@/lib/payments/test-provider";
import type { PaymentProvider } from "@/lib/payments/provider";
import { bookPickupSlotPart, type SlotStore } from "@/lib/fulfilment/slots";
import { storeChannel } from "@/lib/realtime/channels";
import { formatMoney } from "@/lib/pricing/money";
import { priceBasketWith, type PricedBasket } from "@/lib/pricing/service";
import { assertCouponApplied, assertInStock } from "@/lib/sale/checks";
import { findSaleByKey, saleOfKey } from "@/lib/sale/idempotency";
import { loadSale } from "@/lib/sale/load-sale";
import { recordSale, type PlacedOrder, type SaleChannel } from "@/lib/sale/record-sale";
import { authorizeThenWrite } from "./payment";
import type { CheckoutInput } from "./schemas";

const t = translator("failures");

export type { PlacedOrder };

type PlaceOrderScope = {
  userId: string;
  /** The shopper's cart; when omitted, their one cart (found in the same read). */
  cartId?: string;
  /** The checkout form, parsed with checkoutSchema by the action. */
  input: CheckoutInput;
  provider?: PaymentProvider;
  now?: Date;
};

/**
 * Places a web order from the shopper's cart. The order of steps is what keeps money and
 * stock right:
 *  1. one read (loadSale): an idempotency key that already made an order returns that order
 *     (retries, double clicks); the cart, its stock and what pricing needs;
 *  2. the basket is priced on the server (nothing the client sent about money is used);
 *  3. the card is authorised *outside* any transaction, so no lock is held during the call;
 *  4. one transaction (recordSale, lib/sale: the same for every channel) writes the order,
 *     reserves stock with conditional updates, books the pickup slot and redeems the coupon —
 *     all or nothing;
 *  5. if that transaction fails (sold out, slot full), the authorisation is voided.
 * A declined card writes no order.
 */
export async function placeOrder(db: Db, scope: PlaceOrderScope): Promise<PlacedOrder> {
  const { input } = scope;
  const now = scope.now ?? new Date();
  const provider = scope.provider ?? getPaymentProvider();

  const sale = await loadSale(db, {
    idempotencyKey: input.idempotencyKey,
    userId: scope.userId,
    cartId: scope.cartId,
    storeId: input.storeId,
    channel: "web",
    now,
  });
  const existing = saleOfKey(sale.existing, scope.userId);
  if (existing) return existing;
  // Someone else's cart id is "not found"; no cart at all is an empty one.
  if (!sale.cartId) throw scope.cartId ? new AppError("not_found", t("cart.notFound")) : new AppError("invalid_input", t("checkout.cartEmpty"));
  const cartId = sale.cartId;
  if (sale.lines.length === 0) {
    // A retry racing its own first attempt finds the cart that order has just emptied.
    const finished = await findSaleByKey(db, input.idempotencyKey, scope.userId);
    if (finished) return finished;
    throw new AppError("invalid_input", t("checkout.cartEmpty"));
  }

  const basket = await priceBasketWith(
    db,
    {
      storeId: input.storeId,
      channel: "web",
      fulfilment: input.fulfilment,
      userId: scope.userId,
      lines: sale.lines,
      couponCode: input.couponCode,
      now,
    },
    sale.price,
  );
  assertCouponApplied(input.couponCode, basket);
  assertInStock(basket, sale.available, (short) => t("checkout.notEnoughStock", { products: short.map((line) => line.productName).join(", ") }));
  const store = sale.store!; // priced: the store exists

  const charge = {
    provider,
    amountCents: basket.totalCents,
    currency: basket.currency,
    card: input,
    idempotencyKey: input.idempotencyKey,
    payer: { userId: scope.userId },
  };
  const placed = await authorizeThenWrite(db, charge, (authorization) =>
    db.transaction((tx) =>
      recordSale(tx, {
        userId: scope.userId,
        cartId,
        basket,
        idempotencyKey: input.idempotencyKey,
        payment: { provider: provider.name, reference: authorization.reference, brand: authorization.brand, last4: authorization.last4 },
        now,
        via: webChannel(input, basket, store, now),
      }),
    ),
  );
  return placed ?? (await findSaleByKey(db, input.idempotencyKey, scope.userId))!;
}

/**
 * The web checkout's part of the sale: the order is placed for the store to fulfil (stock
 * reserved, a pickup code and slot for pickup, the address for delivery), and the store's
 * dashboards hear of it.
 */
function webChannel(input: CheckoutInput, basket: PricedBasket, store: SlotStore, now: Date): SaleChannel {
  const isPickup = input.fulfilment !== "delivery";
  return {
    channel: "web",
    status: "placed",
    fulfilment: input.fulfilment,
    stock: "reserve",
    contact: { name: input.contactName, email: input.contactEmail, phone: input.contactPhone },
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
    fulfil: isPickup ? (_tx, order) => bookPickupSlotPart(store, { startsAt: input.slot!, orderId: order.id, now }) : undefined,
    message: (order) => ({
      kind: "order_placed",
      ...orderPlacedMessage({ number: order.number, contactName: input.contactName }, formatMoney(basket.totalCents, basket.currency)),
    }),
    eventProperties: { fulfilment: input.fulfilment, totalCents: basket.totalCents },
    // Staff dashboards on every instance hear about it once the sale commits.
    announce: (order) => ({ channel: storeChannel(basket.storeId), type: "order.placed", data: { orderId: order.id, fulfilment: input.fulfilment } }),
  };
}
