import { asc, eq } from "drizzle-orm";
import { cartLines, carts, events, notifications, orderLines, orderStatusHistory, orders, payments, stores, users } from "@/db/schema";
import { findOrderByKey, redeemPromotions } from "@/lib/checkout/service";
import { authorizeThenWrite } from "@/lib/checkout/payment";
import { claimCartForSale } from "@/lib/cart/service";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { issueExitPass } from "@/lib/exit-pass/service";
import { linesShortOfStock, sellFromShelf } from "@/lib/inventory/service";
import { randomCode } from "@/lib/orders/pickup-code";
import type { PaymentProvider } from "@/lib/payments/provider";
import { getPaymentProvider } from "@/lib/payments/test-provider";
import { formatMoney } from "@/lib/pricing/money";
import { priceBasket, type PricedBasket } from "@/lib/pricing/service";
import { fieldErrorsOf } from "@/lib/validation";
import { inStorePaySchema } from "./schemas";

export type InStoreSale = { orderId: string; number: string; created: boolean };

const SALE_CONFLICT = "This payment belongs to someone else. Reload the page.";

type PayScope = {
  userId: string;
  storeId: string;
  channel: "scan_and_go" | "kiosk";
  input: unknown;
  provider?: PaymentProvider;
  now?: Date;
  secret?: string;
  /** Where the payment was taken, for the order's history. */
  paidWhere?: string;
};

function invalid(error: { issues: { path: PropertyKey[]; message: string }[] }): never {
  throw new AppError("invalid_input", "Please check the highlighted fields.", fieldErrorsOf(error));
}

/**
 * "Pay" in scan-and-go (and at a kiosk hand-over): the shopper's one cart, priced by the one
 * price function for the in-store channel, charged through the same payment provider, and
 * sold straight off this store's shelf. Same shape as the web checkout: idempotency key
 * first, card authorised outside the transaction, then one transaction that writes the
 * order, takes the stock (ledger rows), redeems promotions, records the payment, empties
 * the cart and issues the exit pass — or nothing at all, and the authorisation is voided.
 */
export async function payInStore(db: Db, scope: PayScope): Promise<InStoreSale> {
  const parsed = inStorePaySchema.safeParse(scope.input);
  if (!parsed.success) invalid(parsed.error);
  const input = parsed.data;
  const now = scope.now ?? new Date();
  const provider = scope.provider ?? getPaymentProvider();

  const existing = await findOrderByKey(db, input.idempotencyKey, scope.userId, SALE_CONFLICT);
  if (existing) return existing;

  const [store] = await db.select({ id: stores.id, code: stores.code }).from(stores).where(eq(stores.id, scope.storeId));
  if (!store) throw new AppError("not_found", "This store does not exist.");
  const [cart] = await db.select({ id: carts.id }).from(carts).where(eq(carts.userId, scope.userId));
  const lines = cart
    ? await db
        .select({ skuId: cartLines.skuId, quantity: cartLines.quantity })
        .from(cartLines)
        .where(eq(cartLines.cartId, cart.id))
        .orderBy(asc(cartLines.skuId))
    : [];
  if (!cart || lines.length === 0) {
    // A retry racing its own first attempt finds the basket that sale has just emptied.
    const finished = await findOrderByKey(db, input.idempotencyKey, scope.userId, SALE_CONFLICT);
    if (finished) return finished;
    throw new AppError("invalid_input", "Your basket is empty. Scan an item to start.");
  }

  const basket = await priceBasket(db, {
    storeId: store.id,
    channel: scope.channel,
    fulfilment: null,
    userId: scope.userId,
    lines,
    couponCode: input.couponCode,
    now,
  });
  if (input.couponCode && !basket.coupon?.applied) {
    const message = basket.coupon?.message ?? "This code isn't valid.";
    throw new AppError("invalid_input", message, { couponCode: [message] });
  }
  await assertOnShelf(db, basket);

  const [shopper] = await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, scope.userId));
  if (!shopper) throw new AppError("unauthorized", "Sign in to pay.");

  const charge = { provider, amountCents: basket.totalCents, currency: basket.currency, card: input, idempotencyKey: input.idempotencyKey };
  const { sale, authorization } = await authorizeThenWrite(db, charge, async (authorization) => ({
    authorization,
    sale: await db.transaction(async (tx): Promise<InStoreSale | null> => {
      const [order] = await tx
        .insert(orders)
        .values({
          number: `${randomCode(4)}-${randomCode(4)}`,
          userId: scope.userId,
          storeId: store.id,
          channel: scope.channel,
          fulfilment: null,
          status: "completed",
          currency: basket.currency,
          subtotalCents: basket.subtotalCents,
          discountCents: basket.discountCents,
          taxCents: basket.taxCents,
          deliveryFeeCents: 0,
          totalCents: basket.totalCents,
          couponCode: basket.coupon?.applied ? basket.coupon.code : null,
          contactName: shopper.name,
          contactEmail: shopper.email,
          idempotencyKey: input.idempotencyKey,
          placedAt: now,
        })
        .onConflictDoNothing({ target: orders.idempotencyKey })
        .returning({ id: orders.id, number: orders.number });
      if (!order) return null; // a concurrent retry with the same key owns the sale
      await claimCartForSale(tx, { cartId: cart.id, lines: basket.lines, what: "basket" });

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
          status: "picked" as const,
          pickedQuantity: line.quantity,
        })),
      );
      // Same SKU order as web checkout, so concurrent sales lock inventory rows alike (no deadlock).
      for (const line of [...basket.lines].sort((a, b) => a.skuId.localeCompare(b.skuId))) {
        await sellFromShelf(tx, {
          storeId: store.id,
          skuId: line.skuId,
          quantity: line.quantity,
          orderId: order.id,
          actorUserId: scope.userId,
          productName: line.productName,
        });
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
      await tx.insert(orderStatusHistory).values({ orderId: order.id, fromStatus: null, toStatus: "completed", actorUserId: scope.userId, note: `Paid ${scope.paidWhere ?? "on the shopper's phone"}` });
      await tx.delete(cartLines).where(eq(cartLines.cartId, cart.id));
      await issueExitPass(tx, { orderId: order.id, storeId: store.id, storeCode: store.code, now, secret: scope.secret });
      await tx.insert(notifications).values({
        userId: scope.userId,
        orderId: order.id,
        kind: "receipt",
        channel: "email",
        recipient: shopper.email,
        subject: `Your receipt ${order.number}`,
        body: `Thanks for shopping with us, ${shopper.name}. You paid ${formatMoney(basket.totalCents, basket.currency)} (receipt ${order.number}).`,
      });
      await tx.insert(events).values({
        name: "order_placed",
        userId: scope.userId,
        storeId: store.id,
        orderId: order.id,
        channel: scope.channel,
        properties: { totalCents: basket.totalCents, units: basket.lines.reduce((n, l) => n + l.quantity, 0) },
      });
      return { orderId: order.id, number: order.number, created: true };
    }),
  }));
  if (!sale) return (await findOrderByKey(db, input.idempotencyKey, scope.userId, SALE_CONFLICT))!;

  // The goods leave with the shopper: capture now. A failed capture leaves the authorisation for staff to settle.
  const captured = await provider.capture({ reference: authorization.reference, amountCents: basket.totalCents, idempotencyKey: `${input.idempotencyKey}:capture` });
  if (captured.ok) await db.update(payments).set({ status: "captured" }).where(eq(payments.idempotencyKey, input.idempotencyKey));
  return sale;
}

/** Refuses before charging the card when this store's shelf can't fill a line (see linesShortOfStock). */
async function assertOnShelf(db: Db, basket: PricedBasket) {
  const short = await linesShortOfStock(db, { storeId: basket.storeId, lines: basket.lines });
  if (short.length > 0) {
    throw new AppError(
      "out_of_stock",
      `Our records show no more ${short.map((l) => l.productName).join(", ")} on this store's shelf. Remove ${short.length === 1 ? "it" : "them"} and pay for the rest, or ask a team member.`,
    );
  }
}
