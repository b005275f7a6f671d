"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useAttemptKey } from "@/components/checkout/attempt-key";
import { CardFields } from "@/components/checkout/card-fields";
import { TestCardsHint, type TestCard } from "@/components/checkout/test-cards-hint";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { echoedValue, failureOf, type ActionResult, type ActionState } from "@/lib/actions/result";

type PayFormProps<T> = {
  /** The pay action: on the phone it goes on to the exit pass. */
  action: (previous: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>;
  /** Hidden fields naming where the payment is taken: the store (and the kiosk). */
  fields: Record<string, string>;
  totalLabel: string;
  testCards: TestCard[] | null;
  initialKey: string;
  /** Where the exit pass appears after paying, said under the button. */
  passOn?: "phone" | "kiosk";
};

/**
 * "Pay" for the in-store basket, on the phone or at a kiosk: the same card fields and attempt
 * key rule as the web checkout. Card details go to the server action and are never echoed back.
 */
export function PayForm<T>({ action, fields, totalLabel, testCards, initialKey, passOn = "phone" }: PayFormProps<T>) {
  const t = useTranslations("payment.payForm");
  const [state, formAction] = useActionState<ActionState<T>, FormData>(action, null);
  const attemptKey = useAttemptKey(initialKey, state);
  const failure = failureOf(state);
  const errors = failure?.fieldErrors ?? {};

  return (
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="idempotencyKey" value={attemptKey} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {failure ? (
        <p role="alert" className="rounded-lg bg-danger-bg px-3 py-2.5 text-sm font-semibold text-danger-fg">
          {failure.message}
        </p>
      ) : null}
      <CardFields errors={errors} />
      <TextField
        label={t("coupon")}
        name="couponCode"
        autoCapitalize="characters"
        defaultValue={echoedValue(state, "couponCode") ?? ""}
        errors={errors.couponCode}
      />
      {testCards ? <TestCardsHint cards={testCards} /> : null}
      <SubmitButton size="lg" fullWidth className="h-14 text-lg" aria-describedby="pay-total">
        {t("pay")}
      </SubmitButton>
      <p id="pay-total" className="text-center text-sm text-ink-muted">
        {t("total", { total: totalLabel, after: passOn === "kiosk" ? t("afterKiosk") : t("afterPhone") })}
      </p>
    </form>
  );
}
