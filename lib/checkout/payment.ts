import { createHmac, randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { payments } from "@/db/schema";
import { getAppSecret } from "@/lib/auth/secret";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import type { AuthorizeResult, PaymentProvider } from "@/lib/payments/provider";
import { clearRateLimit, peekRateLimits, refundRateLimit, takeRateLimit, takeRateLimitThen, type RateRule } from "@/lib/rate-limit/service";
import { clientAddressOf } from "@/lib/security/client-address";
import { parseExpiry } from "./schemas";

const t = translator("failures");

/**
 * Card attempts per 10 minutes. Per account: counted before the processor is asked (so one account
 * can't race past it) and given back on success. Per client address and per card fingerprint:
 * declines only, counted after the decline — many shoppers share a store's Wi-Fi (and the demo's
 * test card), so their concurrent good payments must not refuse each other; accounts themselves
 * are limited at sign-up.
 */
export const PAYMENT_PER_ACCOUNT: RateRule = { limit: 10, windowSeconds: 10 * 60 };
/** PAYMENT_DECLINES_PER_CLIENT overrides it (the e2e suite pays from one address for everyone). */
export const PAYMENT_PER_CLIENT: RateRule = { limit: Number(process.env.PAYMENT_DECLINES_PER_CLIENT) || 20, windowSeconds: 10 * 60 };
/** PAYMENT_DECLINES_PER_CARD overrides it (the e2e suite declines one test card in many specs). */
export const PAYMENT_PER_CARD: RateRule = { limit: Number(process.env.PAYMENT_DECLINES_PER_CARD) || 5, windowSeconds: 10 * 60 };
/** After this many declines in the window, one generic decline message instead of the processor's reason. */
export const SPECIFIC_DECLINES = 3;

/** A card's fingerprint for the limit: an HMAC of its number with the app secret (the number is never stored). */
export function cardFingerprint(cardNumber: string) {
  return createHmac("sha256", getAppSecret())
    .update(`card:${cardNumber.replace(/\D/g, "")}`)
    .digest("base64url");
}

/** The calling request's client address (clientAddressOf), or null outside a request. */
async function requestClientAddress(): Promise<string | null> {
  try {
    return clientAddressOf(await headers());
  } catch {
    return null;
  }
}

export type Authorization = Extract<AuthorizeResult, { ok: true }>;

type Charge = {
  provider: PaymentProvider;
  amountCents: number;
  currency: string;
  /** The card fields of `paymentFields` (./schemas), already validated. */
  card: { cardNumber: string; cardCvc: string; cardExpiry: string };
  idempotencyKey: string;
  /** Who is paying, for the card-testing limits; the client address is the request's unless given. */
  payer: { userId: string | null; clientAddress?: string | null };
};

/**
 * The payment step every channel shares (web checkout, scan-and-go, kiosk). The card is
 * authorised *outside* any transaction, so no lock is held while the processor answers. A
 * decline is recorded (brand and last 4 only) and reported on the card field; nothing else is
 * written. Then `write` runs the sale's one transaction; if it throws (sold out, slot full, a
 * dropped connection), the authorisation is voided before the error goes on, so a sale that
 * didn't happen never leaves money held on the card.
 *
 * Card testing: each attempt is counted before the processor is asked — per account, per client
 * address and per card fingerprint — and given back when the card is authorised; over a limit the
 * attempt is refused until the window passes. After the first few declines the message is a
 * generic one, so a card tester doesn't learn why a number failed.
 */
export async function authorizeThenWrite<T>(db: Db, charge: Charge, write: (authorization: Authorization) => Promise<T>): Promise<T> {
  const { provider, card, idempotencyKey } = charge;
  const clientAddress = charge.payer.clientAddress !== undefined ? charge.payer.clientAddress : await requestClientAddress();
  const account = charge.payer.userId ? `payment:account:${charge.payer.userId}` : null;
  const declineCounters = [
    { key: `payment:client:${clientAddress ?? "unknown"}`, rule: PAYMENT_PER_CLIENT },
    { key: `payment:card:${cardFingerprint(card.cardNumber)}`, rule: PAYMENT_PER_CARD },
  ];
  const tooMany = (retryAfterSeconds: number) => {
    const message = t("payments.tooManyAttempts", { minutes: Math.ceil(retryAfterSeconds / 60) });
    return new AppError("rate_limited", message, { cardNumber: [message] });
  };
  for (const verdict of await peekRateLimits(db, declineCounters)) {
    if (!verdict.allowed) throw tooMany(verdict.retryAfterSeconds);
  }
  // A retry of the same attempt (same idempotency key: the processor answers it as the first)
  // counts once: the account's attempt is only taken when this one is the key's first.
  const attempt = { key: `payment:attempt:${idempotencyKey}`, rule: { limit: 1, windowSeconds: PAYMENT_PER_ACCOUNT.windowSeconds } };
  const taken = account ? (await takeRateLimitThen(db, attempt, { key: account, rule: PAYMENT_PER_ACCOUNT })).then : null;
  if (!account) await takeRateLimit(db, attempt.key, attempt.rule);
  if (taken && !taken.allowed) {
    await clearRateLimit(db, attempt.key); // a refused attempt's retry is refused too
    throw tooMany(taken.retryAfterSeconds);
  }
  const giveBack = async () => {
    if (account && taken) await refundRateLimit(db, account);
  };
  let authorization: AuthorizeResult;
  try {
    authorization = await provider.authorize({
      amountCents: charge.amountCents,
      currency: charge.currency,
      card: { number: card.cardNumber, cvc: card.cardCvc, ...parseExpiry(card.cardExpiry) },
      idempotencyKey,
    });
  } catch (error) {
    await giveBack(); // the processor never answered: not an attempt
    throw error;
  }
  if (authorization.ok) {
    await giveBack();
  } else {
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
    const counted = await Promise.all(declineCounters.map(({ key, rule }) => takeRateLimit(db, key, rule)));
    const declines = Math.max(taken?.count ?? 0, ...counted.map((verdict) => verdict.count));
    const message = declines > SPECIFIC_DECLINES ? t("payments.declinedGeneric") : authorization.message;
    throw new AppError("payment_declined", message, { cardNumber: [message] });
  }
  try {
    return await write(authorization);
  } catch (error) {
    await provider.void({ reference: authorization.reference, idempotencyKey: `${idempotencyKey}:void` });
    throw error;
  }
}
