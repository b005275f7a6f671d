/** What Aisle needs from a card processor. Amounts are minor units; keys make retries safe. */
export interface PaymentProvider {
  readonly name: string;
  authorize(request: AuthorizeRequest): Promise<AuthorizeResult>;
  capture(request: { reference: string; amountCents: number; idempotencyKey: string }): Promise<{ ok: true } | { ok: false; code: string }>;
  void(request: { reference: string; idempotencyKey: string }): Promise<{ ok: true } | { ok: false; code: string }>;
}

export type CardDetails = { number: string; expMonth: number; expYear: number; cvc: string };

export type AuthorizeRequest = {
  amountCents: number;
  currency: string;
  card: CardDetails;
  /** The same key always gives the same answer, so a retried checkout never charges twice. */
  idempotencyKey: string;
};

export type AuthorizeResult =
  { ok: true; reference: string; brand: string; last4: string } | { ok: false; code: DeclineCode; message: string; brand: string; last4: string };

export type DeclineCode = "card_declined" | "insufficient_funds" | "expired_card" | "incorrect_number" | "incorrect_cvc";
