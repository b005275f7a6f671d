"use client";

import { useTranslations } from "next-intl";
import { PriceSummary } from "@/components/cart/price-summary";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Field, FieldError, Input } from "@/components/ui/field";
import { formatMoney } from "@/lib/pricing/money";
import type { CheckoutChoiceControls } from "./use-checkout-choice";

/** The order summary beside the form: the server's prices, the coupon, and "Place order". */
export function SummaryPanel({
  checkout,
  storeName,
  couponMessage,
  placing,
}: {
  checkout: CheckoutChoiceControls;
  storeName: string;
  /** The coupon's refusal, from this form or from the server. */
  couponMessage: string | null;
  placing: boolean;
}) {
  const t = useTranslations("checkoutClient");
  const { choice, fulfilment, quoting } = checkout;
  const summary = choice.quote.summary;
  const { applied } = choice.coupon;
  return (
    <aside aria-labelledby="checkout-summary-heading" className="lg:sticky lg:top-6 lg:self-start">
      <Card>
        <CardTitle id="checkout-summary-heading">{t("summary.heading")}</CardTitle>
        <div aria-busy={quoting || undefined} className={cn("mt-4 transition-opacity", quoting && "opacity-50")}>
          <PriceSummary summary={summary} fulfilment={fulfilment} />
        </div>

        <div className="mt-5 border-t border-line pt-5">
          <Field label={t("coupon.label")} errors={couponMessage ?? undefined}>
            {(wiring) => (
              <div className="flex gap-2">
                <Input
                  {...wiring}
                  name="couponEntry"
                  value={choice.coupon.entry}
                  onChange={(event) => checkout.typeCoupon(event.target.value)}
                  onKeyDown={(event) => {
                    if (event.key === "Enter") {
                      event.preventDefault();
                      checkout.applyCoupon();
                    }
                  }}
                  autoCapitalize="characters"
                  autoComplete="off"
                  spellCheck={false}
                  className="uppercase"
                />
                <Button variant="secondary" onClick={checkout.applyCoupon} disabled={placing || quoting} className="h-12">
                  {t("coupon.apply")}
                </Button>
              </div>
            )}
          </Field>
          {applied && summary.coupon?.applied ? (
            <p role="status" className="mt-2 flex items-center justify-between gap-2 text-sm font-medium text-success-fg">
              <span>{t("coupon.applied", { code: applied, message: summary.coupon.message })}</span>
              <button
                type="button"
                className="h-8 rounded-full px-2 font-semibold text-ink-muted underline-offset-4 hover:underline"
                onClick={checkout.removeCoupon}
              >
                {t("coupon.remove")}
                <span className="sr-only">{t("coupon.removeCode", { code: applied })}</span>
              </button>
            </p>
          ) : null}
        </div>

        {choice.quoteError ? (
          <div role="alert" className="mt-4">
            <FieldError id="quote-error" errors={choice.quoteError} />
          </div>
        ) : null}

        <Button type="submit" size="lg" fullWidth loading={placing} disabled={quoting} className="mt-6">
          {t("summary.placeOrder")}
        </Button>
        <p className="mt-3 text-center text-sm text-ink-muted">
          {t.rich("summary.youllPay", {
            total: formatMoney(summary.totalCents, summary.currency),
            fulfilment,
            store: storeName,
            amount: (chunks) => <span className="font-semibold text-ink tabular">{chunks}</span>,
          })}
        </p>
      </Card>
    </aside>
  );
}
