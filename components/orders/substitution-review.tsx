"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { failureOf } from "@/lib/actions/result";
import { reviewSubstitutionAction } from "@/lib/fulfilment/actions";

/** Accept or reject one proposed substitute. */
export function SubstitutionReview({
  orderId,
  lineId,
  productName,
  substituteName,
  status,
  priceNote = "You pay no more than for what you ordered.",
}: {
  orderId: string;
  lineId: string;
  productName: string;
  substituteName: string;
  status: string | null;
  /** What the substitute costs the shopper, in words (the lower of the two prices). */
  priceNote?: string;
}) {
  const [state, dispatch] = useActionState(reviewSubstitutionAction, null);
  const error = failureOf(state)?.message;
  return (
    <li className="py-3">
      <p className="text-sm text-ink">
        Instead of <strong>{productName}</strong>, the store picked <strong>{substituteName}</strong>. {priceNote}
      </p>
      {status === "proposed" ? (
        <form action={dispatch} className="mt-2 flex flex-wrap gap-2">
          <input type="hidden" name="orderId" value={orderId} />
          <input type="hidden" name="lineId" value={lineId} />
          <SubmitButton size="sm" name="decision" value="accepted" aria-label={`Accept ${substituteName}`}>
            Accept
          </SubmitButton>
          <SubmitButton size="sm" variant="secondary" name="decision" value="rejected" aria-label={`Reject ${substituteName}`}>
            Reject
          </SubmitButton>
        </form>
      ) : (
        <p className={status === "accepted" ? "mt-1 text-sm font-semibold text-success-fg" : "mt-1 text-sm font-semibold text-ink-muted"}>
          {status === "accepted" ? "You accepted this substitute." : "You rejected this substitute; you won't pay for it."}
        </p>
      )}
      {error ? (
        <p role="alert" className="mt-1 text-sm font-medium text-danger-fg">
          {error}
        </p>
      ) : null}
    </li>
  );
}
