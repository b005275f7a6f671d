import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { formatMoney, Price } from "@/components/ui/price";
import type { ProductVariant } from "@/lib/catalog/product";
import type { ShelfPrice } from "@/lib/catalog/product-pricing";
import { translator } from "@/lib/i18n/translator";

const UNITS = ["g", "kg", "ml", "l", "oz", "ct"] as const;
type Unit = (typeof UNITS)[number];

/** "$1.20 / 100 g" for goods sold by weight or volume; a plain function (shelf labels use it too), so it reads the catalog through translator(). */
export function unitPriceLabel(priceCents: number, currency: string, variant: Pick<ProductVariant, "netQuantity" | "netUnit">) {
  const { netQuantity, netUnit } = variant;
  if (!netQuantity || !netUnit) return null;
  // How many units the price is quoted per: 100 g and 100 ml, else one.
  const per: Record<Unit, number> = { g: 100, kg: 1, ml: 100, l: 1, oz: 1, ct: 1 };
  const unit = UNITS.find((u) => u === netUnit);
  if (!unit || (unit === "ct" && netQuantity === 1)) return null;
  const t = translator("product");
  return t("price.unit", { price: formatMoney(Math.round((priceCents * per[unit]) / netQuantity), currency), unit: t(`price.units.${unit}`) });
}

/** The price at my store today: promotion price with the list price struck, or a markdown. */
export function ProductPrice({ price, variant, storeName }: { price: ShelfPrice; variant: ProductVariant; storeName: string | null }) {
  const t = useTranslations("product.price");
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
          <span className="font-semibold text-paprika-700">{t("youSave", { amount: formatMoney(struck - price.priceCents, price.currency) })}</span>
        ) : null}
        {unit ? <span className="tabular">{unit}</span> : null}
      </div>
      {price.promotion && storeName ? <p className="text-xs text-ink-muted">{t("storeToday", { store: storeName })}</p> : null}
    </div>
  );
}
