import type { Metadata } from "next";
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
  return {
    title: q ? `Search results for “${q}”` : "Search",
    // Result pages are endless and thin: let crawlers follow them, not index them.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const db = await getDb();
  const listing = parseListingParams(await searchParams, { searching: true });
  const [store, categories] = await Promise.all([getCurrentStore(db), listCategories(db)]);
  if (!store) {
    return (
      <div className="mx-auto max-w-7xl px-4 py-16 sm:px-6 lg:px-8">
        <EmptyState icon={<StoreIcon />} title="Our shelves are still being stocked" description="No stores have opened on Aisle yet. Check back soon." />
      </div>
    );
  }

  const categoryLinks = (
    <ul aria-label="Categories" className="mt-3 flex flex-wrap justify-center gap-2">
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
        <h1 className="text-[1.75rem] leading-tight font-extrabold text-ink sm:text-4xl">Search</h1>
        <SearchSuggest className="mt-5 max-w-xl" />
        <div className="mt-8">
          <EmptyState
            icon={<SearchIcon />}
            title="What are you looking for?"
            description="Search by product, brand or category — or start from an aisle:"
            action={categoryLinks}
          />
        </div>
      </div>
    );
  }

  const result = await listProducts(db, { storeId: store.id }, listing);
  const filtered = listing.brands.length > 0 || listing.inStock || listing.minCents !== null || listing.maxCents !== null;
  const spelling = result.total === 0 && !filtered ? await suggestSpelling(db, { query: listing.q }) : null;

  return (
    <div className="mx-auto max-w-7xl px-4 pt-5 pb-16 sm:px-6 sm:pt-8 lg:px-8">
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Search" }]} />
      <h1 className="mt-3 text-[1.75rem] leading-tight font-extrabold break-words text-ink sm:text-4xl">
        Results for “{listing.q}”
      </h1>

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
              title={`No “${listing.q}” with these filters`}
              description={`There are matches for “${listing.q}”, just not with the filters you chose. Try fewer brands, a wider price range, or include items not in stock at ${store.name}.`}
              action={
                <ButtonLink
                  href={listingHref("/search", { ...listing, brands: [], minCents: null, maxCents: null, inStock: false, page: 1 }, { searching: true })}
                  variant="secondary"
                >
                  Clear filters
                </ButtonLink>
              }
            />
          ) : (
            <EmptyState
              icon={<SearchIcon />}
              title={`No results for “${listing.q}”`}
              description={
                <>
                  {spelling ? (
                    <span className="mb-2 block text-lg text-ink">
                      Did you mean{" "}
                      <Link href={`/search?q=${encodeURIComponent(spelling)}`} className="font-bold text-brand-700 underline underline-offset-4">
                        {spelling}
                      </Link>
                      ?
                    </span>
                  ) : null}
                  Check the spelling, use fewer or more general words (“tea” rather than “organic loose-leaf tea”), or browse an aisle:
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
