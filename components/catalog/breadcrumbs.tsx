import Link from "next/link";
import { useTranslations } from "next-intl";
import { ChevronRightIcon } from "@/components/ui/icons";

/** Home › Audio › Product: the last crumb is the current page. */
export function Breadcrumbs({ items }: { items: { label: string; href?: string }[] }) {
  const t = useTranslations("catalog.breadcrumb");
  return (
    <nav aria-label={t("label")} className="text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-ink-muted">
        {items.map((item, index) => (
          <li
            key={`${item.label}-${index}`}
            // On phones the page's own heading names the current page; the trail keeps its parents.
            className={index > 1 && index === items.length - 1 ? "flex min-w-0 items-center gap-1 max-sm:sr-only" : "flex min-w-0 items-center gap-1"}
          >
            {index > 0 ? <ChevronRightIcon aria-hidden="true" className="size-3.5 shrink-0 text-ink-subtle" /> : null}
            {item.href ? (
              <Link href={item.href} className="rounded-sm font-medium hover:text-ink hover:underline">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page" className="truncate font-semibold text-ink">
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
