import Link from "next/link";
import { useTranslations } from "next-intl";
import { StockBadge } from "@/components/ui/badge";
import { StockAtStore } from "./stock-at-store";
import { formatMoney, Price } from "@/components/ui/price";
import { Rating } from "@/components/ui/rating";
import type { ProductCard as ProductCardData } from "@/lib/catalog/queries";
import { ProductImage } from "./product-image";

/** A product in a grid: picture, name, rating, price and the stock at the shopper's store. */
export function ProductCard({
  product,
  priority = false,
  storeName,
}: {
  product: ProductCardData;
  priority?: boolean;
  /** When given, the stock line names the store: "In stock at Aisle Capitol Hill". */
  storeName?: string;
}) {
  const t = useTranslations("catalog.productCard");
  const saving = product.compareAtCents != null && product.compareAtCents > product.priceCents ? product.compareAtCents - product.priceCents : 0;
  return (
    <article className="group relative flex h-full flex-col overflow-hidden rounded-xl border border-line bg-surface shadow-card transition-shadow hover:shadow-raised">
      <div className="relative aspect-square bg-sand">
        <ProductImage
          src={product.imageUrl}
          alt=""
          priority={priority}
          className="size-full object-cover transition-transform duration-300 group-hover:scale-[1.03]"
        />
        {saving > 0 ? (
          <span className="absolute top-3 left-3 rounded-full bg-paprika-600 px-2.5 py-1 text-xs font-bold text-white">
            {t("save", { amount: formatMoney(saving, product.currency) })}
          </span>
        ) : null}
      </div>
      <div className="flex flex-1 flex-col gap-1.5 p-3.5 sm:p-4">
        <p className="truncate text-xs font-semibold tracking-wide text-ink-muted uppercase">{product.brand}</p>
        <h3 className="line-clamp-3 min-h-[2.5em] text-[0.9375rem] leading-tight font-semibold text-ink sm:line-clamp-2">
          {/* The link covers the whole card; its name is the product name. */}
          <Link href={`/p/${product.slug}`} className="after:absolute after:inset-0 after:rounded-xl focus-visible:outline-none">
            {product.name}
          </Link>
        </h3>
        {product.ratingCount > 0 ? <Rating value={product.ratingAverage} count={product.ratingCount} /> : null}
        <div className="mt-auto flex flex-wrap items-end justify-between gap-x-2 gap-y-1.5 pt-2">
          <Price
            cents={product.priceCents}
            compareAtCents={product.compareAtCents}
            currency={product.currency}
            from={product.priceVaries}
            size="md"
          />
          {storeName ? null : <StockBadge available={product.available} />}
        </div>
        {storeName ? <StockAtStore available={product.available} storeName={storeName} className="pt-0.5" /> : null}
      </div>
      {/* Keyboard focus on the covering link shows on the card. */}
      <span aria-hidden="true" className="pointer-events-none absolute inset-0 rounded-xl ring-brand-500 group-has-[a:focus-visible]:ring-3" />
    </article>
  );
}
