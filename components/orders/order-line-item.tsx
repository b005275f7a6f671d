import { useTranslations } from "next-intl";
import { ProductImage } from "@/components/catalog/product-image";
import { formatMoney } from "@/lib/pricing/money";

type Line = {
  productName: string;
  quantity: number;
  unitPriceCents: number;
  discountCents: number;
  lineTotalCents: number;
  status: "pending" | "picked" | "short" | "substituted";
  pickedQuantity: number | null;
  /** What the shopper is charged for the line as picked (pickup orders); defaults to lineTotalCents. */
  chargeCents?: number;
  substituteName?: string | null;
  substitutionStatus?: "proposed" | "accepted" | "rejected" | null;
  substituteUnitPriceCents?: number | null;
  /** The substitute is cheaper than what was ordered, so it is charged at its own price. */
  substituteCharged?: boolean;
};

export function OrderLineItem({ line, display, currency }: { line: Line; display?: { imageUrl: string; variant: string | null }; currency: string }) {
  const t = useTranslations("orders.line");
  const charge = line.chargeCents ?? line.lineTotalCents;
  return (
    <li className="flex items-start gap-3 py-3 sm:gap-4">
      <ProductImage src={display?.imageUrl ?? null} alt="" className="size-14 shrink-0 rounded-md border border-line bg-sand object-contain" />
      <div className="min-w-0 flex-1">
        <p className="font-semibold text-ink">{line.productName}</p>
        {display?.variant ? <p className="text-sm text-ink-muted">{display.variant}</p> : null}
        <p className="text-sm text-ink-muted tabular">
          {t("quantityTimesPrice", { quantity: line.quantity, price: formatMoney(line.unitPriceCents, currency) })}
          {line.discountCents > 0 ? (
            <span className="text-success-fg">{t("saved", { amount: formatMoney(line.discountCents, currency) })}</span>
          ) : null}
        </p>
        {line.status === "short" ? (
          <p className="text-sm font-medium text-warning-fg">{t("short", { picked: line.pickedQuantity ?? 0, quantity: line.quantity })}</p>
        ) : line.status === "substituted" && line.substitutionStatus === "rejected" ? (
          <p className="text-sm font-medium text-ink-muted">{t("declined")}</p>
        ) : line.status === "substituted" ? (
          <p className="text-sm font-medium text-info-fg">
            {t("substitutedWith", { name: line.substituteName ?? t("similarItem") })}
            {line.substituteCharged && line.substituteUnitPriceCents !== null && line.substituteUnitPriceCents !== undefined
              ? t("substituteCheaper", { price: formatMoney(line.substituteUnitPriceCents, currency) })
              : t("substituteNoMore")}
          </p>
        ) : null}
      </div>
      <p className="shrink-0 text-right font-semibold tabular">
        {charge !== line.lineTotalCents ? (
          <>
            <s className="block text-sm font-normal text-ink-subtle">
              <span className="sr-only">{t("was")}</span>
              {formatMoney(line.lineTotalCents, currency)}
            </s>
            <span className="sr-only">{t("now")}</span>
          </>
        ) : null}
        {formatMoney(charge, currency)}
      </p>
    </li>
  );
}
