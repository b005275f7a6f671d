import type { PaymentProvider } from "@/lib/payments/provider";
import { testPaymentProvider } from "@/lib/payments/test-provider";

/**
 * The test processor, recording what the code asked of it: the references it authorised and
 * voided, and how many captures and voids each idempotency key made (a real processor acts
 * once per key). Tests count these instead of looking for rows that could never exist.
 */
export function recordingProvider(base: PaymentProvider = testPaymentProvider) {
  const authorized: string[] = [];
  const voided: string[] = [];
  const captures = new Map<string, number>();
  const voids = new Map<string, number>();
  const provider: PaymentProvider = {
    ...base,
    async authorize(request) {
      const result = await base.authorize(request);
      if (result.ok) authorized.push(result.reference);
      return result;
    },
    async capture(request) {
      captures.set(request.idempotencyKey, (captures.get(request.idempotencyKey) ?? 0) + 1);
      return { ok: true };
    },
    async void(request) {
      voided.push(request.reference);
      voids.set(request.idempotencyKey, (voids.get(request.idempotencyKey) ?? 0) + 1);
      return { ok: true };
    },
  };
  return { provider, authorized, voided, captures, voids };
}
