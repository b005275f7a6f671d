import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { CloseIcon } from "@/components/ui/icons";
import { formatMoney } from "@/components/ui/price";
import { listingHref, sortOptions, type ListingParams, type ListingResult, type ListingSort } from "@/lib/catalog/listing";
import { FilterSheet, FiltersButton } from "./filter-sheet";
import { LISTING_FORM_ID, ListingFilters } from "./listing-filters";
import { Pagination } from "./pagination";
import { ProductCard } from "./product-card";
import { SortSelect } from "./sort-select";

const SHEET_ID = "listing-filter-sheet";

const sortKeys = {
  relevance: "relevance",
  rating: "rating",
  "price-asc": "priceAsc",
  "price-desc": "priceDesc",
  newest: "newest",
} as const satisfies Record<ListingSort, string>;

/**
 * A category page or search results: filters (sidebar or phone sheet), sort, the count in a
 * live region, the product grid and pagination. All of it is in the URL.
 */
export function ListingView({
  pathname,
  params,
  searching,
  result,
  storeName,
  empty,
}: {
  pathname: string;
  params: ListingParams;
  searching: boolean;
  result: ListingResult;
  storeName: string;
  /** Shown instead of the grid when nothing matches. */
  empty: ReactNode;
}) {
  const t = useTranslations("catalog");
  const href = (changes: Partial<ListingParams>) => listingHref(pathname, { ...params, page: 1, ...changes }, { searching });
  const defaultSort = searching ? "relevance" : "rating";
  const activeCount = params.brands.length + (params.minCents !== null || params.maxCents !== null ? 1 : 0) + (params.inStock ? 1 : 0);
  const clearHref = href({ brands: [], minCents: null, maxCents: null, inStock: false });
  const first = (result.page - 1) * result.pageSize + 1;
  const last = Math.min(result.total, result.page * result.pageSize);

  // Nothing to narrow down: no sidebar, no sort, just the way out.
  if (result.total === 0 && activeCount === 0) {
    return (
      <section aria-labelledby="results-heading" className="mt-6 lg:mt-8">
        <h2 id="results-heading" className="sr-only">
          {t("listing.results")}
        </h2>
        <p role="status" className="sr-only">
          {t("listing.noMatch")}
        </p>
        {empty}
      </section>
    );
  }

  return (
    <div className="mt-6 lg:mt-8 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10">
      <FilterSheet id={SHEET_ID} title={t("listing.filtersTitle")}>
        <ListingFilters
          // A new URL remounts the form, so its boxes always show what the URL says.
          key={listingHref(pathname, params, { searching })}
          action={pathname}
          params={params}
          searching={searching}
          defaultSort={defaultSort}
          brands={result.brands}
          priceRange={result.priceRange}
          storeName={storeName}
          clearHref={clearHref}
        />
      </FilterSheet>

      <section aria-labelledby="results-heading" className="min-w-0">
        <h2 id="results-heading" className="sr-only">
          {t("listing.results")}
        </h2>
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-3">
          <p role="status" className="text-[0.9375rem] text-ink-muted tabular">
            {result.total === 0
              ? t("listing.noMatch")
              : result.pageCount > 1 && result.items.length > 0
                ? t.rich("listing.showing", { first, last, total: result.total, strong })
                : t.rich("listing.total", { total: result.total, strong })}
          </p>
          <div className="flex min-w-0 items-center gap-2 max-sm:w-full max-sm:justify-between">
            <FiltersButton target={SHEET_ID} activeCount={activeCount} />
            <SortSelect
              form={LISTING_FORM_ID}
              value={params.sort}
              options={sortOptions(searching).map((value) => ({ value, label: t(`sort.${sortKeys[value]}`) }))}
            />
          </div>
        </div>

        {activeCount > 0 ? (
          <ul aria-label={t("listing.activeFilters")} className="mt-4 flex flex-wrap gap-2">
            {params.inStock ? <Chip href={href({ inStock: false })} label={t("listing.inStockAt", { store: storeName })} /> : null}
            {params.brands.map((brand) => (
              <Chip key={brand} href={href({ brands: params.brands.filter((b) => b !== brand) })} label={brand} />
            ))}
            {params.minCents !== null || params.maxCents !== null ? (
              <Chip href={href({ minCents: null, maxCents: null })} label={priceLabel(t, params.minCents, params.maxCents)} />
            ) : null}
            <li>
              <Link href={clearHref} className="inline-flex h-9 items-center px-2 text-sm font-semibold text-brand-700 hover:underline">
                {t("listing.clearAll")}
              </Link>
            </li>
          </ul>
        ) : null}

        {result.items.length > 0 ? (
          <ul className="mt-5 grid grid-cols-2 gap-3 sm:gap-4 md:grid-cols-3 xl:grid-cols-4">
            {result.items.map((product, index) => (
              <li key={product.id}>
                <ProductCard product={product} storeName={storeName} priority={index < 2} />
              </li>
            ))}
          </ul>
        ) : result.total > 0 ? (
          <p className="mt-8 text-ink-muted">
            {t("listing.noSuchPage", { page: result.page })}{" "}
            <Link
              href={listingHref(pathname, { ...params, page: result.pageCount }, { searching })}
              className="font-semibold text-brand-700 hover:underline"
            >
              {t("listing.lastPage")}
            </Link>
          </p>
        ) : (
          <div className="mt-5">{empty}</div>
        )}

        <div className="mt-10">
          <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => listingHref(pathname, { ...params, page }, { searching })} />
        </div>
      </section>
    </div>
  );
}

function priceLabel(t: ReturnType<typeof useTranslations<"catalog">>, minCents: number | null, maxCents: number | null) {
  if (minCents !== null && maxCents !== null) return t("listing.priceBetween", { min: formatMoney(minCents), max: formatMoney(maxCents) });
  if (minCents !== null) return t("listing.priceFrom", { min: formatMoney(minCents) });
  return t("listing.priceUpTo", { max: formatMoney(maxCents ?? 0) });
}

function strong(chunks: ReactNode) {
  return <span className="font-semibold text-ink">{chunks}</span>;
}

function Chip({ href, label }: { href: string; label: string }) {
  const t = useTranslations("catalog.listing");
  return (
    <li>
      <Link
        href={href}
        className="inline-flex h-9 items-center gap-1.5 rounded-full border border-brand-200 bg-brand-50 pr-2.5 pl-3.5 text-sm font-semibold text-brand-800 hover:border-brand-300 hover:bg-brand-100"
      >
        {label}
        <CloseIcon className="size-4" />
        <span className="sr-only">{t("removeFilter")}</span>
      </Link>
    </li>
  );
}
