import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { VariantAttribute } from "@/lib/catalog/product";

/**
 * One group of links per attribute ("Size", "Color"): each choice is a real URL (`?sku=CODE`),
 * so it works without JavaScript, can be shared, and back/forward steps through choices.
 */
export function VariantPicker({
  slug,
  attributes,
  availableByCode,
}: {
  slug: string;
  attributes: VariantAttribute[];
  /** Units my store can sell per SKU code, to mark choices that are out of stock here. */
  availableByCode: Record<string, number>;
}) {
  const t = useTranslations("product.variants");
  return (
    <div className="space-y-5">
      {attributes.map((attribute) => {
        const headingId = `variant-${attribute.name}`;
        return (
          <div key={attribute.name} role="group" aria-labelledby={headingId}>
            <p id={headingId} className="mb-2 text-sm font-semibold text-ink">
              {attribute.label}
              {attribute.selectedValue ? <span className="font-normal text-ink-muted">: {attribute.selectedValue}</span> : null}
            </p>
            <ul className="flex flex-wrap gap-2">
              {attribute.options.map((option) => {
                const soldOutHere = (availableByCode[option.code] ?? 0) <= 0;
                return (
                  <li key={option.value}>
                    <Link
                      href={`/p/${slug}?sku=${encodeURIComponent(option.code)}`}
                      scroll={false}
                      replace={false}
                      aria-current={option.selected ? "true" : undefined}
                      className={cn(
                        "relative inline-flex h-11 min-w-12 items-center justify-center rounded-full border px-4 text-[0.9375rem] font-semibold transition-colors",
                        option.selected
                          ? "border-ink bg-ink text-white"
                          : "border-line-strong bg-surface text-ink hover:border-ink-subtle hover:bg-sand",
                        !option.selected && soldOutHere && "border-dashed text-ink-muted",
                      )}
                    >
                      {option.value}
                      {soldOutHere ? <span className="sr-only">{t("outOfStockHere")}</span> : null}
                      {!option.exact ? <span className="sr-only">{t("changesOthers")}</span> : null}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
