import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/catalog/breadcrumbs";
import { ProductImage } from "@/components/catalog/product-image";
import { ProductJsonLd } from "@/components/catalog/product-json-ld";
import { ProductPrice } from "@/components/catalog/product-price";
import { StoreAvailability } from "@/components/catalog/store-availability";
import { VariantPicker } from "@/components/catalog/variant-picker";
import { AddToCartButton } from "@/components/cart/add-to-cart-button";
import { ReviewList } from "@/components/reviews/review-list";
import { ReviewSummary } from "@/components/reviews/review-summary";
import { WriteReview } from "@/components/reviews/write-review";
import { Rating } from "@/components/ui/rating";
import { cachedProductPage } from "@/lib/catalog/cached";
import { variantAttributes } from "@/lib/catalog/product";
import { cachedSiteOrigin } from "@/lib/catalog/site-url";
import { catalogSearchParams, catalogStore, placeholderParams, realSegment, type CatalogSegments } from "../../catalog-params";

const REVIEWS_SHOWN = 20;

type Props = { params: Promise<CatalogSegments & { slug: string }> };

export function generateStaticParams() {
  return placeholderParams("slug");
}

/** The page's data at the shopper's store, for the variant `?sku=` asks for: one cached read. */
async function loadPage(segments: CatalogSegments & { slug: string }) {
  const slug = realSegment(segments.slug);
  const store = await catalogStore(segments);
  if (!store) return null;
  const sku = catalogSearchParams(segments).sku;
  const data = await cachedProductPage(store.id, slug, (Array.isArray(sku) ? sku[0] : sku) ?? null, REVIEWS_SHOWN);
  return data ? { store, ...data } : null;
}

function summarise(text: string, max = 155) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadPage(await params);
  const t = await getTranslations("product");
  if (!page) return { title: t("notFoundTitle") };
  const { product } = page;
  const description = summarise(`${product.brand} ${product.name}. ${product.description}`);
  return {
    metadataBase: new URL(await cachedSiteOrigin()),
    title: t("metaTitle", { name: product.name, brand: product.brand }),
    description,
    // Every variant (?sku=) is the same page to a search engine.
    alternates: { canonical: `/p/${product.slug}` },
    openGraph: {
      title: product.name,
      description,
      url: `/p/${product.slug}`,
      type: "website",
      images: product.images.slice(0, 1).map((url) => ({ url, alt: product.name })),
    },
  };
}

/**
 * A product at the shopper's store: cached per store and variant for everyone, expired by the
 * writes that change its price, stock, reviews or the store's pickup slots. Only "Write a review"
 * is per person (it asks once mounted).
 */
export default async function ProductPage({ params }: Props) {
  const page = await loadPage(await params);
  if (!page) notFound();
  const { store, product, variant, availableByCode, price, availability, summary, reviews } = page;
  const [t, tCatalog, tReviews, origin] = await Promise.all([
    getTranslations("product"),
    getTranslations("catalog"),
    getTranslations("reviews"),
    cachedSiteOrigin(),
  ]);

  const attributes = variantAttributes(product, variant);
  const pageUrl = `${origin}/p/${product.slug}`;
  const anyStock = availability.here.available > 0 || availability.others.some((s) => s.available > 0);
  const variantLabel = product.attributeNames
    .map((name) => variant.attributes[name])
    .filter(Boolean)
    .join(" · ");

  return (
    <div className="mx-auto max-w-7xl px-4 pt-5 pb-16 sm:px-6 sm:pt-8 lg:px-8">
      <ProductJsonLd
        product={product}
        variant={variant}
        price={price}
        inStock={anyStock}
        url={pageUrl}
        origin={origin}
        reviewCount={summary.count}
        ratingAverage={summary.average}
      />
      <Breadcrumbs
        items={[
          { label: tCatalog("breadcrumb.home"), href: "/" },
          { label: product.category.name, href: `/c/${product.category.slug}` },
          { label: product.name },
        ]}
      />

      <div className="mt-4 grid gap-6 sm:mt-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:gap-12">
        <div className="lg:sticky lg:top-6 lg:self-start">
          <div className="aspect-[4/3] overflow-hidden rounded-2xl border border-line bg-sand sm:aspect-square">
            <ProductImage src={product.images[0] ?? null} alt={product.name} priority className="size-full object-contain p-6 sm:p-10" />
          </div>
          {product.images.length > 1 ? (
            <ul className="mt-3 grid grid-cols-4 gap-3">
              {product.images.slice(1, 5).map((image, index) => (
                <li key={image} className="aspect-square overflow-hidden rounded-lg border border-line bg-sand">
                  <ProductImage src={image} alt={t("imageAlt", { name: product.name, number: index + 2 })} className="size-full object-contain p-2" />
                </li>
              ))}
            </ul>
          ) : null}
        </div>

        <div className="min-w-0 space-y-6">
          <div>
            <Link
              href={`/c/${product.category.slug}?brand=${encodeURIComponent(product.brand)}`}
              className="text-sm font-semibold tracking-wide text-brand-700 uppercase hover:underline"
            >
              {product.brand}
            </Link>
            <h1 className="mt-1 text-[1.75rem] leading-tight font-extrabold text-ink sm:text-4xl">{product.name}</h1>
            {variantLabel ? <p className="mt-1 text-ink-muted">{variantLabel}</p> : null}
            <a href="#reviews" className="mt-2 inline-flex min-h-11 items-center gap-2 rounded-md hover:underline">
              {summary.count > 0 ? (
                <Rating value={summary.average} count={summary.count} size="md" />
              ) : (
                <span className="text-sm text-ink-muted">{t("noReviews")}</span>
              )}
            </a>
          </div>

          <ProductPrice price={price} variant={variant} storeName={store.name} />

          {attributes.length > 0 ? <VariantPicker slug={product.slug} attributes={attributes} availableByCode={availableByCode} /> : null}

          <StoreAvailability availability={availability} />

          <AddToCartButton
            skuId={variant.id}
            productName={variantLabel ? `${product.name} (${variantLabel})` : product.name}
            available={availability.here.available}
            storeName={store.name}
            fullWidth
          />

          <section aria-labelledby="description-heading" className="border-t border-line pt-6">
            <h2 id="description-heading" className="text-lg font-bold text-ink">
              {t("about.heading")}
            </h2>
            <p className="mt-2 leading-relaxed text-ink">{product.description}</p>
            <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm text-ink-muted">
              <dt>{t("about.itemCode")}</dt>
              <dd className="font-mono text-ink">{variant.code}</dd>
              <dt>{t("about.barcode")}</dt>
              <dd className="font-mono text-ink">{variant.gtin}</dd>
            </dl>
          </section>
        </div>
      </div>

      <section id="reviews" aria-labelledby="reviews-heading" className="mt-14 scroll-mt-6 border-t border-line pt-10">
        <h2 id="reviews-heading" className="text-2xl font-extrabold text-ink sm:text-[1.75rem]">
          {tReviews("section.heading")}
        </h2>
        <div className="mt-6 grid gap-8 lg:grid-cols-[20rem_minmax(0,1fr)] lg:gap-12">
          <div className="space-y-6">
            {summary.count > 0 ? <ReviewSummary summary={summary} /> : null}
            <WriteReview productId={product.id} slug={product.slug} />
          </div>
          <div className="min-w-0">
            {reviews.length > 0 ? (
              <>
                <ReviewList reviews={reviews} />
                {summary.count > reviews.length ? (
                  <p className="mt-4 text-sm text-ink-muted">{tReviews("section.showingRecent", { shown: reviews.length, total: summary.count })}</p>
                ) : null}
              </>
            ) : (
              <p className="text-ink-muted">{tReviews("section.none")}</p>
            )}
          </div>
        </div>
      </section>
    </div>
  );
}
