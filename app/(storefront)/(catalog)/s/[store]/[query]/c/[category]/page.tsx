import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/catalog/breadcrumbs";
import { ListingView } from "@/components/catalog/listing-view";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { StoreIcon } from "@/components/ui/icons";
import { cachedListing, cachedListingCategory } from "@/lib/catalog/cached";
import { listingHref, parseListingParams } from "@/lib/catalog/listing";
import { cachedSiteOrigin } from "@/lib/catalog/site-url";
import { catalogSearchParams, catalogStore, placeholderParams, realSegment, type CatalogSegments } from "../../catalog-params";

type Props = { params: Promise<CatalogSegments & { category: string }> };

export function generateStaticParams() {
  return placeholderParams("category");
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await cachedListingCategory(realSegment((await params).category));
  const t = await getTranslations("catalog.category");
  if (!category) return { title: t("notFoundTitle") };
  return {
    metadataBase: new URL(await cachedSiteOrigin()),
    title: category.name,
    description: category.description || t("metaDescription", { category: category.name }),
    // Filtered and sorted views all point at the one category page.
    alternates: { canonical: `/c/${category.slug}` },
    openGraph: { title: t("ogTitle", { category: category.name }), description: category.description, url: `/c/${category.slug}`, type: "website" },
  };
}

/** A category at the shopper's store, one cached page per store and filter/sort/page state. */
export default async function CategoryPage({ params }: Props) {
  const segments = await params;
  const category = await cachedListingCategory(realSegment(segments.category));
  if (!category) notFound();
  const t = await getTranslations("catalog");
  const store = await catalogStore(segments);
  if (!store) return <NoStores />;

  const pathname = `/c/${category.slug}`;
  const listing = parseListingParams(catalogSearchParams(segments), { searching: false });
  const { result } = await cachedListing(store.id, category.id, listing);
  const filtered = listing.brands.length > 0 || listing.inStock || listing.minCents !== null || listing.maxCents !== null;

  return (
    <div className="mx-auto max-w-7xl px-4 pt-5 pb-16 sm:px-6 sm:pt-8 lg:px-8">
      <Breadcrumbs
        items={[
          { label: t("breadcrumb.home"), href: "/" },
          ...(category.parent ? [{ label: category.parent.name, href: `/c/${category.parent.slug}` }] : []),
          { label: category.name },
        ]}
      />
      <header className="mt-3">
        <h1 className="text-[1.75rem] leading-tight font-extrabold text-ink sm:text-4xl">{category.name}</h1>
        {category.description ? <p className="mt-2 max-w-2xl text-base text-ink-muted sm:text-lg">{category.description}</p> : null}
        {category.children.length > 0 ? (
          <ul aria-label={t("category.kinds", { category: category.name })} className="mt-4 flex flex-wrap gap-2">
            {category.children.map((child) => (
              <li key={child.slug}>
                <Link
                  href={`/c/${child.slug}`}
                  className="inline-flex h-10 items-center rounded-full border border-line-strong bg-surface px-4 text-sm font-semibold text-ink hover:border-ink-subtle hover:bg-sand"
                >
                  {child.name}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </header>

      <ListingView
        pathname={pathname}
        params={listing}
        searching={false}
        result={result}
        storeName={store.name}
        empty={
          <EmptyState
            title={filtered ? t("category.filteredEmptyTitle") : t("category.emptyTitle", { category: category.name.toLowerCase() })}
            description={filtered ? t("category.filteredEmptyDescription", { store: store.name }) : t("category.emptyDescription")}
            action={
              filtered ? (
                <ButtonLink
                  href={listingHref(
                    pathname,
                    { ...listing, brands: [], minCents: null, maxCents: null, inStock: false, page: 1 },
                    { searching: false },
                  )}
                  variant="secondary"
                >
                  {t("category.clearFilters")}
                </ButtonLink>
              ) : (
                <ButtonLink href="/" variant="secondary">
                  {t("category.browseAll")}
                </ButtonLink>
              )
            }
          />
        }
      />
    </div>
  );
}

function NoStores() {
  const t = useTranslations("storefront.noStores");
  return (
    <div className="mx-auto max-w-7xl px-4 py-16 sm:px-6 lg:px-8">
      <EmptyState icon={<StoreIcon />} title={t("title")} description={t("description")} />
    </div>
  );
}
