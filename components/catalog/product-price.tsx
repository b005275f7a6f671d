import { Badge } from "@/components/ui/badge";
import { formatMoney, Price } from "@/components/ui/price";
import type { ProductVariant } from "@/lib/catalog/product";
import type { ShelfPrice } from "@/lib/catalog/product-pricing";

/** "$1.20 / 100 g" for goods sold by weight or volume. */
export function unitPriceLabel(priceCents: number, currency: string, variant: Pick<ProductVariant, "netQuantity" | "netUnit">) {
  const { netQuantity, netUnit } = variant;
  if (!netQuantity || !netUnit) return null;
  const per: Record<string, [base: number, label: string]> = {
    g: [100, "100 g"],
    kg: [1, "kg"],
    ml: [100, "100 ml"],
    l: [1, "l"],
    oz: [1, "oz"],
    ct: [1, "each"],
  };
  const rule = per[netUnit];
  if (!rule || (netUnit === "ct" && netQuantity === 1)) return null;
  return `${formatMoney(Math.round((priceCents * rule[0]) / netQuantity), currency)} / ${rule[1]}`;
}

/** The price at my store today: promotion price with the list price struck, or a markdown. */
export function ProductPrice({ price, variant, storeName }: { price: ShelfPrice; variant: ProductVariant; storeName: string | null }) {
  const struck = price.promotion ? (price.compareAtCents ?? price.listPriceCents) : price.compareAtCents;
  const unit = unitPriceLabel(price.priceCents, price.currency, variant);
  return (
    <div className="space-y-2">
      <Price cents={price.priceCents} compareAtCents={struck} currency={price.currency} size="lg" />
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5 text-sm text-ink-muted">
        {price.promotion ? (
          <Badge tone="sale" size="md">
            {price.promotion.label}
          </Badge>
        ) : null}
        {struck != null && struck > price.priceCents ? (
          <span className="font-semibold text-paprika-700">You save {formatMoney(struck - price.priceCents, price.currency)}</span>
        ) : null}
        {unit ? <span className="tabular">{unit}</span> : null}
      </div>
      {price.promotion && storeName ? (
        <p className="text-xs text-ink-muted">Price at {storeName} today, in store and online.</p>
      ) : null}
    </div>
  );
}
