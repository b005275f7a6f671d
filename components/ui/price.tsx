import { useTranslations } from "next-intl";
import { formatMoney } from "@/lib/pricing/money";
import { cn } from "./cn";

/** Re-exported so existing imports keep working; the implementation lives in lib/pricing. */
export { formatMoney };

type PriceProps = {
  cents: number;
  currency?: string;
  /** Previous price; shown struck through only when higher than the price. */
  compareAtCents?: number | null;
  /** "From $3.49" when variants differ in price. */
  from?: boolean;
  size?: "sm" | "md" | "lg";
  className?: string;
};

const sizes = { sm: "text-sm", md: "text-base", lg: "text-2xl" };

export function Price({ cents, currency = "USD", compareAtCents, from = false, size = "md", className }: PriceProps) {
  const t = useTranslations("ui.price");
  const onSale = compareAtCents != null && compareAtCents > cents;
  return (
    <span className={cn("inline-flex flex-wrap items-baseline gap-x-2 tabular", className)}>
      <span className={cn("font-bold", sizes[size], onSale ? "text-paprika-700" : "text-ink")}>
        {from ? <span className="text-[0.8em] font-semibold text-ink-muted">{t("from")}</span> : null}
        {onSale ? <span className="sr-only">{t("salePrice")}</span> : null}
        {formatMoney(cents, currency)}
      </span>
      {onSale ? (
        <s className={cn("text-ink-subtle", size === "lg" ? "text-base" : "text-sm")}>
          <span className="sr-only">{t("regularPrice")}</span>
          {formatMoney(compareAtCents, currency)}
        </s>
      ) : null}
    </span>
  );
}
