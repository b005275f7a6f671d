import Link from "next/link";
import { useTranslations } from "next-intl";
import { ProductImage } from "@/components/catalog/product-image";
import { Badge } from "@/components/ui/badge";
import type { CartLineView } from "@/lib/cart/types";
import { formatMoney } from "@/lib/pricing/money";
import { CartLineControls } from "./cart-line-controls";

export function CartLineItem({ line, currency }: { line: CartLineView; currency: string }) {
  const t = useTranslations("cart.line");
  const gross = line.unitPriceCents * line.quantity;
  return (
    <li className="flex gap-4 py-5 first:pt-0 last:pb-0 sm:gap-5">
      <Link
        href={`/p/${line.productSlug}`}
        className="shrink-0 self-start overflow-hidden rounded-lg border border-line bg-sand"
        tabIndex={-1}
        aria-hidden="true"
      >
        <ProductImage src={line.imageUrl} alt="" className="size-20 object-contain sm:size-24" />
      </Link>
      <div className="min-w-0 flex-1">
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <p className="text-xs font-semibold tracking-wide text-ink-subtle uppercase">{line.brand}</p>
            <h3 className="leading-snug font-semibold text-ink">
              <Link href={`/p/${line.productSlug}`} className="hover:underline hover:underline-offset-4">
                {line.productName}
              </Link>
            </h3>
            {line.variant ? <p className="mt-0.5 text-sm text-ink-muted">{line.variant}</p> : null}
            <p className="mt-0.5 text-sm text-ink-muted tabular">{t("each", { price: formatMoney(line.unitPriceCents, currency) })}</p>
          </div>
          <div className="shrink-0 text-right tabular">
            {line.sellable ? (
              <>
                <p className="font-bold text-ink">
                  <span className="sr-only">{t("lineTotal")} </span>
                  {formatMoney(line.lineTotalCents, currency)}
                </p>
                {line.discountCents > 0 ? (
                  <p className="text-sm">
                    <s className="text-ink-subtle">
                      <span className="sr-only">{t("was")} </span>
                      {formatMoney(gross, currency)}
                    </s>{" "}
                    <span className="font-semibold text-success-fg">{t("save", { amount: formatMoney(line.discountCents, currency) })}</span>
                  </p>
                ) : null}
              </>
            ) : null}
          </div>
        </div>
        {line.stockWarning ? (
          <Badge tone={line.sellable && line.available > 0 ? "warning" : "danger"} dot className="mt-2 whitespace-normal">
            {line.stockWarning}
          </Badge>
        ) : null}
        <CartLineControls
          skuId={line.skuId}
          productName={line.productName}
          quantity={line.quantity}
          available={line.available}
          sellable={line.sellable}
        />
      </div>
    </li>
  );
}
