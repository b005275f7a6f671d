"use client";

import { useActionState } from "react";
import type { ButtonVariant } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { failureOf, type ServerAction } from "@/lib/actions/result";

/** One button that runs a staff action on the order ("Start picking", "Mark ready"…), with its error. */
export function OrderActionForm<T>({
  action,
  storeCode,
  orderId,
  label,
  variant = "primary",
  fullWidth = true,
  disabled,
  hint,
}: {
  action: ServerAction<{ storeCode: string; orderId: string }, T>;
  storeCode: string;
  orderId: string;
  label: string;
  variant?: ButtonVariant;
  fullWidth?: boolean;
  disabled?: boolean;
  hint?: string;
}) {
  const [state, dispatch] = useActionState(action, null);
  const error = failureOf(state)?.message;
  return (
    <form action={dispatch} className="space-y-2">
      <input type="hidden" name="storeCode" value={storeCode} />
      <input type="hidden" name="orderId" value={orderId} />
      <SubmitButton variant={variant} size="lg" fullWidth={fullWidth} disabled={disabled}>
        {label}
      </SubmitButton>
      {hint ? <p className="text-sm text-ink-muted">{hint}</p> : null}
      {error ? (
        <p role="alert" className="text-sm font-medium text-danger-fg">
          {error}
        </p>
      ) : null}
    </form>
  );
}
