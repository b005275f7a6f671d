import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Breadcrumbs } from "@/components/catalog/breadcrumbs";
import { ListingView } from "@/components/catalog/listing-view";
import { SearchSuggest } from "@/components/catalog/search-suggest";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SearchIcon, StoreIcon } from "@/components/ui/icons";
import { listingHref, listProducts, parseListingParams } from "@/lib/catalog/listing";
import { suggestSpelling } from "@/lib/catalog/search";
import { listCategories } from "@/lib/catalog/queries";
import { getDb } from "@/lib/db";
import { getCurrentStore } from "@/lib/stores/current-store";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = parseListingParams(await searchParams, { searching: true });
  const t = await getTranslations("search");
  return {
    title: q ? t("metaTitleFor", { query: q }) : t("metaTitle"),
    // Result pages are endless and thin: let crawlers follow them, not index them.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const db = await getDb();
  const [t, tStorefront, tCatalog] = await Promise.all([getTranslations("search"), getTranslations("storefront"), getTranslations("catalog")]);
  const listing = parseListingParams(await searchParams, { searching: true });
  const [store, categories] = await Promise.all([getCurrentStore(db), listCategories(db)]);
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

  const result = await listProducts(db, { storeId: store.id }, listing);
  const filtered = listing.brands.length > 0 || listing.inStock || listing.minCents !== null || listing.maxCents !== null;
  const spelling = result.total === 0 && !filtered ? await suggestSpelling(db, { query: listing.q }) : null;

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
