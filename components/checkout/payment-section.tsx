"use client";

import { useTranslations } from "next-intl";
import { Card, CardTitle } from "@/components/ui/card";
import type { CheckoutFulfilment } from "@/lib/cart/types";
import type { FieldErrors } from "@/lib/errors";
import { CardFields } from "./card-fields";
import { TestCardsHint, type TestCard } from "./test-cards-hint";

/** The card, authorised when the order is placed and charged at hand-over or dispatch. */
export function PaymentSection({
  fulfilment,
  testCards,
  errors,
}: {
  fulfilment: CheckoutFulfilment;
  testCards: TestCard[] | null;
  errors: FieldErrors;
}) {
  const t = useTranslations("checkoutClient.payment");
  return (
    <Card as="section" aria-labelledby="payment-heading">
      <CardTitle id="payment-heading">{t("heading")}</CardTitle>
      <p className="mt-1 text-sm text-ink-muted">{t("intro", { fulfilment })}</p>
      <div className="mt-4">
        <CardFields errors={errors} />
      </div>
      {testCards ? <TestCardsHint cards={testCards} className="mt-4" /> : null}
    </Card>
  );
}
