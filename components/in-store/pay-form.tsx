"use client";

import { useActionState, useEffect, useState } from "react";
import { newAttemptKey } from "@/components/checkout/attempt-key";
import { TestCardsHint, type TestCard } from "@/components/checkout/test-cards-hint";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/actions/form-action";

type PayFormProps = {
  /** The pay action, bound to its store (and kiosk): on the phone it goes on to the exit pass. */
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  totalLabel: string;
  testCards: TestCard[] | null;
  kiosk?: string;
  initialKey: string;
  /** What happens after paying, under the button. */
  after?: string;
};

/**
 * "Pay" for the in-store basket, on the phone or at a kiosk. Card details go to the server
 * action and are never echoed back; a declined or failed attempt gets a fresh idempotency key
 * so the next try is new.
 */
export function PayForm({ action, totalLabel, testCards, kiosk, initialKey, after = "Your exit pass appears right after." }: PayFormProps) {
  const [state, formAction] = useActionState<FormState, FormData>(action, {});
  const [attemptKey, setAttemptKey] = useState(initialKey);
  useEffect(() => {
    if (state.error) setAttemptKey(newAttemptKey());
  }, [state]);
  const errors = state.fieldErrors ?? {};

  return (
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="idempotencyKey" value={attemptKey} />
      {kiosk ? <input type="hidden" name="kiosk" value={kiosk} /> : null}
      {state.error ? (
        <p role="alert" className="rounded-lg bg-danger-bg px-3 py-2.5 text-sm font-semibold text-danger-fg">
          {state.error}
        </p>
      ) : null}
      <TextField label="Card number" name="cardNumber" inputMode="numeric" autoComplete="cc-number" placeholder="1234 5678 9012 3456" errors={errors.cardNumber} required />
      <div className="grid grid-cols-2 gap-3">
        <TextField label="Expiry (MM/YY)" name="cardExpiry" inputMode="numeric" autoComplete="cc-exp" placeholder="MM/YY" errors={errors.cardExpiry} required />
        <TextField label="CVC" name="cardCvc" inputMode="numeric" autoComplete="cc-csc" placeholder="123" errors={errors.cardCvc} required />
      </div>
      <TextField label="Coupon code (optional)" name="couponCode" autoCapitalize="characters" defaultValue={state.values?.couponCode ?? ""} errors={errors.couponCode} />
      {testCards ? <TestCardsHint cards={testCards} /> : null}
      <SubmitButton size="lg" fullWidth className="h-14 text-lg" aria-describedby="pay-total">
        Pay
      </SubmitButton>
      <p id="pay-total" className="text-center text-sm text-ink-muted">
        You&apos;ll pay {totalLabel}. {after}
      </p>
    </form>
  );
}
