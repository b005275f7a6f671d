import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { CategoryTile } from "@/components/catalog/category-tile";
import { ProductCard } from "@/components/catalog/product-card";
import { StoreHero } from "@/components/storefront/store-hero";
import { WaysToShop } from "@/components/storefront/ways-to-shop";
import { EmptyState } from "@/components/ui/empty-state";
import { ArrowRightIcon, StoreIcon } from "@/components/ui/icons";
import { cachedCategories, cachedFeaturedProducts } from "@/lib/catalog/cached";
import { catalogStore, type CatalogSegments } from "./catalog-params";

/** The home page of the shopper's store: cached per store (its featured stock), for everyone. */
export default async function HomePage({ params }: { params: Promise<CatalogSegments> }) {
  const t = await getTranslations("home");
  const store = await catalogStore(await params);
  const tStorefront = await getTranslations("storefront");
  if (!store) {
    return (
      <div className="mx-auto max-w-7xl px-4 py-16 sm:px-6 lg:px-8">
        <EmptyState icon={<StoreIcon />} title={tStorefront("noStores.title")} description={tStorefront("noStores.description")} />
      </div>
    );
  }

  const [categories, featured] = await Promise.all([cachedCategories(), cachedFeaturedProducts(store.id, 8)]);

  return (
    <div className="mx-auto max-w-7xl space-y-14 px-4 pt-5 sm:px-6 sm:pt-8 lg:space-y-20 lg:px-8">
      <StoreHero store={store} />

      {categories.length > 0 ? (
        <section aria-labelledby="categories-heading">
          <SectionHeading id="categories-heading" title={t("categories.heading")} />
          {/* Phones: one swipeable row; wider screens: a grid. */}
          <ul className="-mx-4 scrollbar-none flex snap-x snap-mandatory scroll-px-4 gap-3 overflow-x-auto px-4 pb-2 sm:mx-0 sm:grid sm:grid-cols-3 sm:gap-4 sm:overflow-visible sm:px-0 sm:pb-0 lg:grid-cols-5">
            {categories.map((category) => (
              <li key={category.id} className="w-36 shrink-0 snap-start sm:w-auto">
                <CategoryTile category={category} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="featured-heading">
        <SectionHeading id="featured-heading" title={t("featured.heading", { store: store.name })} description={t("featured.description")} />
        {featured.length > 0 ? (
          <ul className="grid grid-cols-2 gap-3 sm:gap-4 md:grid-cols-3 lg:grid-cols-4">
            {featured.map((product, index) => (
              <li key={product.id}>
                <ProductCard product={product} priority={index < 2} />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title={t("featured.emptyTitle")} description={t("featured.emptyDescription")} />
        )}
      </section>

      <WaysToShop storeCode={store.code} storeName={store.name} />
    </div>
  );
}

function SectionHeading({ id, title, description, href }: { id: string; title: string; description?: string; href?: string }) {
  const t = useTranslations("home");
  return (
    <div className="mb-5 flex items-end justify-between gap-4 sm:mb-6">
      <div>
        <h2 id={id} className="text-2xl font-extrabold text-ink sm:text-[1.75rem]">
          {title}
        </h2>
        {description ? <p className="mt-1 text-ink-muted">{description}</p> : null}
      </div>
      {href ? (
        <Link href={href} className="inline-flex shrink-0 items-center gap-1 font-semibold text-brand-700 hover:underline">
          {t("seeAll")} <ArrowRightIcon className="size-4" />
        </Link>
      ) : null}
    </div>
  );
}
