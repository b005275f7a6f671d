import { createHash } from "node:crypto";
import { translator } from "@/lib/i18n/translator";
import type { AuthorizeRequest, AuthorizeResult, DeclineCode, PaymentProvider } from "./provider";

const t = translator("failures");

/** Card numbers that behave like a real processor's test mode. */
export const TEST_CARDS = {
  success: "4242424242424242",
  declined: "4000000000000002",
  insufficientFunds: "4000000000009995",
} as const;

const declines: Record<string, { code: DeclineCode; message: string }> = {
  [TEST_CARDS.declined]: { code: "card_declined", message: t("payments.declined") },
  [TEST_CARDS.insufficientFunds]: {
    code: "insufficient_funds",
    message: t("payments.insufficientFunds"),
  },
};

export function luhnValid(number: string) {
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let digit = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return number.length >= 12 && sum % 10 === 0;
}

export function cardBrand(number: string) {
  if (/^4/.test(number)) return "visa";
  if (/^(5[1-5]|2[2-7])/.test(number)) return "mastercard";
  if (/^3[47]/.test(number)) return "amex";
  if (/^6(011|5)/.test(number)) return "discover";
  return "card";
}

/**
 * The built-in provider: deterministic and stateless (the reference is derived from the
 * idempotency key), so every app instance gives the same answer for the same attempt.
 */
export const testPaymentProvider: PaymentProvider = {
  name: "test",
  async authorize(request: AuthorizeRequest): Promise<AuthorizeResult> {
    const number = request.card.number.replace(/\D/g, "");
    const brand = cardBrand(number);
    const last4 = number.slice(-4).padStart(4, "0");
    if (!luhnValid(number)) return { ok: false, code: "incorrect_number", message: t("payments.incorrectNumber"), brand, last4 };
    const now = new Date();
    const expired =
      request.card.expYear < now.getUTCFullYear() || (request.card.expYear === now.getUTCFullYear() && request.card.expMonth < now.getUTCMonth() + 1);
    if (expired) return { ok: false, code: "expired_card", message: t("payments.expiredCard"), brand, last4 };
    if (!/^\d{3,4}$/.test(request.card.cvc)) return { ok: false, code: "incorrect_cvc", message: t("payments.incorrectCvc"), brand, last4 };
    const decline = declines[number];
    if (decline) return { ok: false, ...decline, brand, last4 };
    const reference = `test_auth_${createHash("sha256").update(request.idempotencyKey).digest("hex").slice(0, 24)}`;
    return { ok: true, reference, brand, last4 };
  },
  async capture() {
    return { ok: true };
  },
  async void() {
    return { ok: true };
  },
};

export function getPaymentProvider(): PaymentProvider {
  return testPaymentProvider;
}

/** Shown beside card fields in demo mode, so anyone can try a payment and a decline. */
export const TEST_CARD_HINTS = [
  { number: TEST_CARDS.success, outcome: "succeeds" },
  { number: TEST_CARDS.declined, outcome: "is declined" },
  { number: TEST_CARDS.insufficientFunds, outcome: "has insufficient funds" },
];
