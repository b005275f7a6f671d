import { cn } from "@/components/ui/cn";
import type { PriceSummary } from "@/lib/cart/types";
import { formatMoney } from "@/lib/pricing/money";

/** Subtotal, promotions, tax and total as priceBasket computed them for the in-store channel. */
export function BasketSummary({ summary, className }: { summary: PriceSummary; className?: string }) {
  const money = (cents: number) => formatMoney(cents, summary.currency);
  return (
    <dl className={cn("space-y-2 text-[0.9375rem]", className)}>
      <div className="flex justify-between gap-4">
        <dt className="text-ink-muted">
          Subtotal ({summary.itemCount} {summary.itemCount === 1 ? "item" : "items"})
        </dt>
        <dd className="font-semibold tabular">{money(summary.subtotalCents)}</dd>
      </div>
      {summary.promotions.map((promotion) => (
        <div key={promotion.name} className="flex justify-between gap-4 text-success-fg">
          <dt className="min-w-0">{promotion.name}</dt>
          <dd className="shrink-0 font-semibold tabular">
            <span className="sr-only">minus </span>−{money(promotion.discountCents)}
          </dd>
        </div>
      ))}
      <div className="flex justify-between gap-4">
        <dt className="text-ink-muted">Tax ({(summary.taxRateBps / 100).toLocaleString("en-US", { maximumFractionDigits: 3 })}%)</dt>
        <dd className="font-semibold tabular">{money(summary.taxCents)}</dd>
      </div>
      <div className="flex justify-between gap-4 border-t border-line pt-2.5 text-lg font-extrabold text-ink">
        <dt>Total</dt>
        <dd className="tabular" data-testid="basket-total">
          {money(summary.totalCents)}
        </dd>
      </div>
    </dl>
  );
}
