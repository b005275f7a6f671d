import { randomUUID } from "node:crypto";
import { payments } from "@/db/schema";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AuthorizeResult, PaymentProvider } from "@/lib/payments/provider";
import { parseExpiry } from "./schemas";

export type Authorization = Extract<AuthorizeResult, { ok: true }>;

type Charge = {
  provider: PaymentProvider;
  amountCents: number;
  currency: string;
  /** The card fields of `paymentFields` (./schemas), already validated. */
  card: { cardNumber: string; cardCvc: string; cardExpiry: string };
  idempotencyKey: string;
};

/**
 * The payment step every channel shares (web checkout, scan-and-go, kiosk). The card is
 * authorised *outside* any transaction, so no lock is held while the processor answers. A
 * decline is recorded (brand and last 4 only) and reported on the card field; nothing else is
 * written. Then `write` runs the sale's one transaction; if it throws (sold out, slot full, a
 * dropped connection), the authorisation is voided before the error goes on, so a sale that
 * didn't happen never leaves money held on the card.
 */
export async function authorizeThenWrite<T>(db: Db, charge: Charge, write: (authorization: Authorization) => Promise<T>): Promise<T> {
  const { provider, card, idempotencyKey } = charge;
  const authorization = await provider.authorize({
    amountCents: charge.amountCents,
    currency: charge.currency,
    card: { number: card.cardNumber, cvc: card.cardCvc, ...parseExpiry(card.cardExpiry) },
    idempotencyKey,
  });
  if (!authorization.ok) {
    await db.insert(payments).values({
      provider: provider.name,
      status: "declined",
      amountCents: charge.amountCents,
      currency: charge.currency,
      cardBrand: authorization.brand,
      last4: authorization.last4,
      failureCode: authorization.code,
      idempotencyKey: `${idempotencyKey}:declined:${randomUUID()}`,
    });
    throw new AppError("payment_declined", authorization.message, { cardNumber: [authorization.message] });
  }
  try {
    return await write(authorization);
  } catch (error) {
    await provider.void({ reference: authorization.reference, idempotencyKey: `${idempotencyKey}:void` });
    throw error;
  }
}
