import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { PriceSummary as Summary } from "@/lib/cart/types";
import { formatMoney } from "@/lib/pricing/money";

function percent(bps: number) {
  return `${(bps / 100).toLocaleString("en-US", { maximumFractionDigits: 3 })}%`;
}

/**
 * Subtotal, each promotion by name, delivery, tax and total — always from priceBasket on the
 * server, never added up here. Without a fulfilment (the cart page) delivery is "chosen at
 * checkout"; an in-store basket (scan-and-go, kiosk) leaves with the shopper and has no such line.
 */
export function PriceSummary({
  summary,
  fulfilment,
  className,
}: {
  summary: Summary;
  fulfilment: "pickup" | "curbside" | "delivery" | "in_store" | null;
  className?: string;
}) {
  const t = useTranslations("cartClient.priceSummary");
  const money = (cents: number) => formatMoney(cents, summary.currency);
  return (
    <dl className={cn("space-y-2.5 text-[0.9375rem]", className)}>
      <div className="flex justify-between gap-4">
        <dt className="text-ink-muted">{t("subtotal", { count: summary.itemCount })}</dt>
        <dd className="font-semibold tabular">{money(summary.subtotalCents)}</dd>
      </div>
      {summary.promotions.map((promotion) => (
        <div key={promotion.name} className="flex justify-between gap-4 text-success-fg">
          <dt className="min-w-0">{promotion.name}</dt>
          <dd className="shrink-0 font-semibold tabular">
            <span className="sr-only">{t("minus")} </span>−{money(promotion.discountCents)}
          </dd>
        </div>
      ))}
      {fulfilment === "in_store" ? null : (
        <div className="flex justify-between gap-4">
          <dt className="text-ink-muted">{t(`fulfilment.${fulfilment ?? "none"}`)}</dt>
          <dd className="font-semibold tabular">
            {!fulfilment ? (
              <span className="font-normal text-ink-muted">{t("chosenAtCheckout")}</span>
            ) : summary.deliveryFeeCents > 0 ? (
              money(summary.deliveryFeeCents)
            ) : (
              t("free")
            )}
          </dd>
        </div>
      )}
      <div className="flex justify-between gap-4">
        <dt className="text-ink-muted">{t("tax", { rate: percent(summary.taxRateBps) })}</dt>
        <dd className="font-semibold tabular">{money(summary.taxCents)}</dd>
      </div>
      <div className="flex items-baseline justify-between gap-4 border-t border-line pt-3">
        <dt className="text-base font-bold">{t("total")}</dt>
        <dd className="text-xl font-extrabold tabular" data-testid="order-total">
          {money(summary.totalCents)}
        </dd>
      </div>
    </dl>
  );
}
