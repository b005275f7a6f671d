import { eq } from "drizzle-orm";
import { payments } from "@/db/schema";
import { authorizeThenWrite } from "@/lib/checkout/payment";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { issueExitPassPart } from "@/lib/in-store/exit-pass/service";
import { receiptMessage } from "@/lib/notifications/messages";
import type { PaymentProvider } from "@/lib/payments/provider";
import { getPaymentProvider } from "@/lib/payments/test-provider";
import { formatMoney } from "@/lib/pricing/money";
import { priceBasketWith } from "@/lib/pricing/service";
import { assertCouponApplied, assertInStock } from "@/lib/sale/checks";
import { findSaleByKey, saleOfKey } from "@/lib/sale/idempotency";
import { loadSale } from "@/lib/sale/load-sale";
import { recordSale, type PlacedOrder } from "@/lib/sale/record-sale";
import type { InStorePayInput } from "./schemas";

const t = translator("failures");

export type InStoreSale = PlacedOrder;

const SALE_CONFLICT = t("inStore.someoneElsesPayment");

type PayScope = {
  userId: string;
  storeId: string;
  channel: "scan_and_go" | "kiosk";
  /** Parsed by the action client with inStorePaySchema (or a schema extending it). */
  input: InStorePayInput;
  provider?: PaymentProvider;
  now?: Date;
  secret?: string;
  /** The kiosk that took the payment, for the order's history (none: the shopper's phone). */
  kioskCode?: string;
};

/**
 * "Pay" in scan-and-go (and at a kiosk hand-over): the shopper's one cart, priced by the one
 * price function for the in-store channel, charged through the same payment provider, and
 * sold straight off this store's shelf. The same sale as the web checkout (lib/sale): idempotency
 * key first, card authorised outside the transaction, then recordSale's one transaction, which
 * here takes the stock off the shelf and issues the exit pass — or nothing at all, and the
 * authorisation is voided. The card is captured once the sale has committed.
 */
export async function payInStore(db: Db, scope: PayScope): Promise<InStoreSale> {
  const { input } = scope;
  const now = scope.now ?? new Date();
  const provider = scope.provider ?? getPaymentProvider();

  const facts = await loadSale(db, {
    idempotencyKey: input.idempotencyKey,
    userId: scope.userId,
    storeId: scope.storeId,
    channel: scope.channel,
    now,
  });
  const existing = saleOfKey(facts.existing, scope.userId, SALE_CONFLICT);
  if (existing) return existing;
  const store = facts.store;
  if (!store) throw new AppError("not_found", t("stores.doesNotExist"));
  const cartId = facts.cartId;
  const lines = facts.lines;
  if (!cartId || lines.length === 0) {
    // A retry racing its own first attempt finds the basket that sale has just emptied.
    const finished = await findSaleByKey(db, input.idempotencyKey, scope.userId, SALE_CONFLICT);
    if (finished) return finished;
    throw new AppError("invalid_input", t("inStore.basketEmpty"));
  }

  const basket = await priceBasketWith(
    db,
    { storeId: store.id, channel: scope.channel, fulfilment: null, userId: scope.userId, lines, couponCode: input.couponCode, now },
    facts.price,
  );
  assertCouponApplied(input.couponCode, basket);
  assertInStock(basket, facts.available, (short) =>
    t("inStore.shelfEmpty", { products: short.map((l) => l.productName).join(", "), count: short.length }),
  );

  const shopper = facts.shopper;
  if (!shopper) throw new AppError("unauthorized", t("inStore.signInToPay"));

  const charge = {
    provider,
    amountCents: basket.totalCents,
    currency: basket.currency,
    card: input,
    idempotencyKey: input.idempotencyKey,
    payer: { userId: scope.userId },
  };
  const { sale, authorization } = await authorizeThenWrite(db, charge, async (authorization) => ({
    authorization,
    sale: await db.transaction((tx) =>
      recordSale(tx, {
        userId: scope.userId,
        cartId,
        basket,
        idempotencyKey: input.idempotencyKey,
        payment: { provider: provider.name, reference: authorization.reference, brand: authorization.brand, last4: authorization.last4 },
        now,
        // The in-store part of the sale: sold off this store's shelf, completed, an exit pass.
        via: {
          channel: scope.channel,
          status: "completed",
          fulfilment: null,
          stock: "sell",
          contact: { name: shopper.name, email: shopper.email },
          historyNote: scope.kioskCode
            ? translator("staff")("historyNotes.paidAtKiosk", { kiosk: scope.kioskCode })
            : translator("staff")("historyNotes.paidOnPhone"),
          fulfil: (tx, order) => issueExitPassPart(tx, { orderId: order.id, storeId: store.id, storeCode: store.code, now, secret: scope.secret }),
          message: (order) => ({
            kind: "receipt",
            ...receiptMessage({ number: order.number, contactName: shopper.name }, formatMoney(basket.totalCents, basket.currency)),
          }),
          eventProperties: { totalCents: basket.totalCents, units: basket.lines.reduce((n, l) => n + l.quantity, 0) },
        },
      }),
    ),
  }));
  if (!sale) return (await findSaleByKey(db, input.idempotencyKey, scope.userId, SALE_CONFLICT))!;

  // The goods leave with the shopper: capture now. A failed capture leaves the authorisation for staff to settle.
  const captured = await provider.capture({
    reference: authorization.reference,
    amountCents: basket.totalCents,
    idempotencyKey: `${input.idempotencyKey}:capture`,
  });
  if (captured.ok) await db.update(payments).set({ status: "captured" }).where(eq(payments.idempotencyKey, input.idempotencyKey));
  return sale;
}
