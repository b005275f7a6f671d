import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Breadcrumbs } from "@/components/catalog/breadcrumbs";
import { ListingView } from "@/components/catalog/listing-view";
import { SearchSuggest } from "@/components/catalog/search-suggest";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SearchIcon, StoreIcon } from "@/components/ui/icons";
import { cachedCategories, cachedListing } from "@/lib/catalog/cached";
import { listingHref, parseListingParams } from "@/lib/catalog/listing";
import { catalogSearchParams, catalogStore, type CatalogSegments } from "../catalog-params";

type Props = { params: Promise<CatalogSegments> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { q } = parseListingParams(catalogSearchParams(await params), { searching: true });
  const t = await getTranslations("search");
  return {
    title: q ? t("metaTitleFor", { query: q }) : t("metaTitle"),
    // Result pages are endless and thin: let crawlers follow them, not index them.
    robots: { index: false, follow: true },
  };
}

/** Search at the shopper's store: one cached page per store and query (the page cache is an LRU in memory). */
export default async function SearchPage({ params }: Props) {
  const segments = await params;
  const [t, tStorefront, tCatalog] = await Promise.all([getTranslations("search"), getTranslations("storefront"), getTranslations("catalog")]);
  const listing = parseListingParams(catalogSearchParams(segments), { searching: true });
  const [store, categories] = await Promise.all([catalogStore(segments), cachedCategories()]);
  if (!store) {
    return (
      <div className="mx-auto max-w-7xl px-4 py-16 sm:px-6 lg:px-8">
        <EmptyState icon={<StoreIcon />} title={tStorefront("noStores.title")} description={tStorefront("noStores.description")} />
      </div>
    );
  }

  const categoryLinks = (
    <ul aria-label={t("categories")} className="mt-3 flex flex-wrap justify-center gap-2">
      {categories.map((category) => (
        <li key={category.id}>
          <Link
            href={`/c/${category.slug}`}
            className="inline-flex h-10 items-center rounded-full border border-line-strong bg-surface px-4 text-sm font-semibold text-ink hover:border-ink-subtle hover:bg-sand"
          >
            {category.name}
          </Link>
        </li>
      ))}
    </ul>
  );

  if (!listing.q) {
    return (
      <div className="mx-auto max-w-7xl px-4 pt-5 pb-16 sm:px-6 sm:pt-8 lg:px-8">
        <h1 className="text-[1.75rem] leading-tight font-extrabold text-ink sm:text-4xl">{t("title")}</h1>
        <SearchSuggest className="mt-5 max-w-xl" />
        <div className="mt-8">
          <EmptyState icon={<SearchIcon />} title={t("start.title")} description={t("start.description")} action={categoryLinks} />
        </div>
      </div>
    );
  }

  const { result, spelling } = await cachedListing(store.id, null, listing);
  const filtered = listing.brands.length > 0 || listing.inStock || listing.minCents !== null || listing.maxCents !== null;

  return (
    <div className="mx-auto max-w-7xl px-4 pt-5 pb-16 sm:px-6 sm:pt-8 lg:px-8">
      <Breadcrumbs items={[{ label: tCatalog("breadcrumb.home"), href: "/" }, { label: t("breadcrumb") }]} />
      <h1 className="mt-3 text-[1.75rem] leading-tight font-extrabold break-words text-ink sm:text-4xl">{t("resultsFor", { query: listing.q })}</h1>

      <ListingView
        pathname="/search"
        params={listing}
        searching
        result={result}
        storeName={store.name}
        empty={
          filtered ? (
            <EmptyState
              icon={<SearchIcon />}
              title={t("filtered.title", { query: listing.q })}
              description={t("filtered.description", { query: listing.q, store: store.name })}
              action={
                <ButtonLink
                  href={listingHref(
                    "/search",
                    { ...listing, brands: [], minCents: null, maxCents: null, inStock: false, page: 1 },
                    { searching: true },
                  )}
                  variant="secondary"
                >
                  {t("filtered.clear")}
                </ButtonLink>
              }
            />
          ) : (
            <EmptyState
              icon={<SearchIcon />}
              title={t("none.title", { query: listing.q })}
              description={
                <>
                  {spelling ? (
                    <span className="mb-2 block text-lg text-ink">
                      {t.rich("none.didYouMean", {
                        suggestion: spelling,
                        link: (chunks) => (
                          <Link href={`/search?q=${encodeURIComponent(spelling)}`} className="font-bold text-brand-700 underline underline-offset-4">
                            {chunks}
                          </Link>
                        ),
                      })}
                    </span>
                  ) : null}
                  {t("none.tips")}
                </>
              }
              action={categoryLinks}
            />
          )
        }
      />
    </div>
  );
}
