"use client";

import { useTranslations } from "next-intl";
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
  priceNote,
}: {
  orderId: string;
  lineId: string;
  productName: string;
  substituteName: string;
  status: string | null;
  /** What the substitute costs the shopper, in words (the lower of the two prices). */
  priceNote?: string;
}) {
  const t = useTranslations("ordersClient.substitution");
  const [state, dispatch] = useActionState(reviewSubstitutionAction, null);
  const error = failureOf(state)?.message;
  return (
    <li className="py-3">
      <p className="text-sm text-ink">
        {t.rich("proposal", {
          product: productName,
          substitute: substituteName,
          priceNote: priceNote ?? t("defaultPriceNote"),
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      {status === "proposed" ? (
        <form action={dispatch} className="mt-2 flex flex-wrap gap-2">
          <input type="hidden" name="orderId" value={orderId} />
          <input type="hidden" name="lineId" value={lineId} />
          <SubmitButton size="sm" name="decision" value="accepted" aria-label={t("acceptLabel", { substitute: substituteName })}>
            {t("accept")}
          </SubmitButton>
          <SubmitButton size="sm" variant="secondary" name="decision" value="rejected" aria-label={t("rejectLabel", { substitute: substituteName })}>
            {t("reject")}
          </SubmitButton>
        </form>
      ) : (
        <p className={status === "accepted" ? "mt-1 text-sm font-semibold text-success-fg" : "mt-1 text-sm font-semibold text-ink-muted"}>
          {status === "accepted" ? t("accepted") : t("rejected")}
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
