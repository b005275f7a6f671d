import Link from "next/link";
import { useTranslations } from "next-intl";
import type { CategorySummary } from "@/lib/catalog/queries";
import { ProductImage } from "./product-image";

export function CategoryTile({ category }: { category: CategorySummary }) {
  const t = useTranslations("catalog.categoryTile");
  return (
    <Link
      href={`/c/${category.slug}`}
      className="group relative flex h-full flex-col overflow-hidden rounded-xl border border-line bg-surface p-3 shadow-card transition-shadow hover:shadow-raised sm:p-4"
    >
      <div className="mb-3 aspect-[4/3] overflow-hidden rounded-lg bg-sand">
        <ProductImage src={category.imageUrl} alt="" className="size-full object-cover transition-transform duration-300 group-hover:scale-105" />
      </div>
      <span className="leading-tight font-bold text-ink">{category.name}</span>
      <span className="mt-0.5 text-sm text-ink-muted tabular">{t("productCount", { count: category.productCount })}</span>
    </Link>
  );
}
