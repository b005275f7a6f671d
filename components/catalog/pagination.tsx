import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { ChevronRightIcon } from "@/components/ui/icons";

/** Pages to show around the current one: 1 … 4 5 [6] 7 8 … 20. */
export function pageWindow(page: number, pageCount: number): (number | "gap")[] {
  const pages = new Set([1, pageCount, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | "gap")[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (typeof last === "number" && p - last === 2) out.push(last + 1);
    else if (typeof last === "number" && p - last > 2) out.push("gap");
    out.push(p);
  }
  return out;
}

const item = "inline-flex h-11 min-w-11 items-center justify-center gap-1 rounded-full px-3 text-[0.9375rem] font-semibold tabular";

/** Previous / numbered pages / Next, as links: every page has its own URL. */
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  const t = useTranslations("catalog.pagination");
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center justify-center gap-1">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={cn(item, "text-ink hover:bg-sand")}>
          <ChevronRightIcon className="size-4 rotate-180" />
          {t("previous")}
        </Link>
      ) : null}
      <ul className="flex items-center gap-1">
        {pageWindow(page, pageCount).map((p, index) =>
          p === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-ink-muted">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                href={hrefFor(p)}
                aria-current={p === page ? "page" : undefined}
                aria-label={t("page", { page: p })}
                className={cn(item, p === page ? "bg-ink text-white" : "text-ink hover:bg-sand")}
              >
                {p}
              </Link>
            </li>
          ),
        )}
      </ul>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={cn(item, "text-ink hover:bg-sand")}>
          {t("next")}
          <ChevronRightIcon className="size-4" />
        </Link>
      ) : null}
    </nav>
  );
}
