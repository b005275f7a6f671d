import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { AddToBasketButton } from "@/components/in-store/add-to-basket-button";
import { RememberStore } from "@/components/in-store/remember-store";
import { ProductImage } from "@/components/catalog/product-image";
import { ProductPrice } from "@/components/catalog/product-price";
import { ReviewList } from "@/components/reviews/review-list";
import { ButtonLink } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { ArrowRightIcon, PinIcon, ScanIcon, SearchIcon } from "@/components/ui/icons";
import { Rating } from "@/components/ui/rating";
import { placeholderParams, realSegment } from "@/lib/cache/placeholders";
import { cachedInStoreProductView } from "@/lib/in-store/cached";
import { normalizeGtin } from "@/lib/in-store/scan-code";
import { formatMoney } from "@/lib/pricing/money";
import { cachedStoreForCode, cachedStores } from "@/lib/stores/cached";
import { storeCodeSchema } from "@/lib/stores/schemas";

type Props = { params: Promise<{ store: string; gtin: string }> };

export function generateStaticParams() {
  return placeholderParams("gtin");
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("inStore.metadata");
  return { title: t("product", { gtin: (await params).gtin }), robots: { index: false } };
}

function SearchBox({ storeCode }: { storeCode?: string }) {
  const t = useTranslations("inStore.shelfLabel");
  return (
    <form action="/search" className="flex gap-2" role="search">
      <label htmlFor="q-search" className="sr-only">
        {t("search")}
      </label>
      <Input id="q-search" name="q" type="search" placeholder={t("search")} className="min-w-0 flex-1" />
      <button type="submit" className="grid size-12 shrink-0 place-items-center rounded-full bg-brand-700 text-white" aria-label={t("searchButton")}>
        <SearchIcon className="size-5" />
      </button>
      {storeCode ? <input type="hidden" name="store" value={storeCode} /> : null}
    </form>
  );
}

/**
 * The shelf QR target. Short on purpose (small QR, fast scan) and stable forever: printed
 * labels point here. Unknown stores and products get a helpful page, never an error. Cached
 * per store and barcode for every shopper; expired by the writes that change price or stock.
 */
export default async function ShelfLabelPage({ params }: Props) {
  const segments = await params;
  const [rawStore, rawGtin] = [realSegment(segments.store), realSegment(segments.gtin)];
  const t = await getTranslations("inStore.shelfLabel");
  const code = storeCodeSchema.safeParse(rawStore.toLowerCase());
  const store = code.success ? await cachedStoreForCode(code.data) : null;
  const gtin = /^\d{8,14}$/.test(rawGtin) ? normalizeGtin(rawGtin) : null;

  if (!store) {
    const stores = await cachedStores();
    return (
      <div className="space-y-5">
        <h1 className="text-2xl font-extrabold text-ink">{t("whichStore")}</h1>
        <p className="text-ink-muted">{t("unknownStore")}</p>
        <ul className="divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface shadow-card">
          {stores.map((s) => (
            <li key={s.code}>
              <Link href={gtin ? `/q/${s.code}/${gtin}` : `/in-store/${s.code}`} className="flex items-center gap-3 px-4 py-3.5 hover:bg-sand">
                <PinIcon className="size-5 text-brand-700" />
                <span className="flex-1">
                  <span className="block font-semibold text-ink">{s.name}</span>
                  <span className="block text-sm text-ink-muted">{s.city}</span>
                </span>
                <ArrowRightIcon className="size-4 text-ink-muted" />
              </Link>
            </li>
          ))}
        </ul>
        <SearchBox />
      </div>
    );
  }

  const view = gtin ? await cachedInStoreProductView(store.id, gtin) : null;

  if (!view) {
    return (
      <div className="space-y-5">
        <RememberStore storeCode={store.code} />
        <h1 className="text-2xl font-extrabold text-ink">{t("notFoundTitle")}</h1>
        <p className="text-ink-muted">
          {gtin
            ? t.rich("noProduct", { gtin, store: store.name, code: (chunks) => <span className="font-mono font-semibold text-ink">{chunks}</span> })
            : t("notABarcode")}{" "}
          {t("tryLabel")}
        </p>
        <SearchBox storeCode={store.code} />
        <ButtonLink href={`/in-store/${store.code}`} variant="secondary" fullWidth icon={<ScanIcon className="size-5" />}>
          {t("scanElse")}
        </ButtonLink>
      </div>
    );
  }

  const { product, variant, price, shelf, reviews, similar } = view;
  const attributes = Object.entries(variant.attributes);
  return (
    <article className="space-y-6" aria-labelledby="product-name">
      <RememberStore storeCode={store.code} />
      <div className="flex gap-4">
        <ProductImage
          src={product.images[0] ?? `/images/products/${product.slug}.svg`}
          alt={product.name}
          priority
          className="size-28 shrink-0 rounded-xl bg-sand object-cover"
        />
        <div className="min-w-0">
          <p className="text-sm font-semibold text-ink-muted">{product.brand}</p>
          <h1 id="product-name" className="text-xl leading-tight font-extrabold text-ink">
            {product.name}
          </h1>
          {attributes.length ? (
            <p className="mt-0.5 text-sm text-ink-muted">
              {attributes.map(([k, v]) => `${k.charAt(0).toUpperCase()}${k.slice(1)}: ${v}`).join(" · ")}
            </p>
          ) : null}
          {reviews.summary.count > 0 ? (
            <a href="#reviews" className="mt-1.5 inline-flex items-center gap-1.5 text-sm text-ink-muted">
              <Rating value={reviews.summary.average} />
              <span className="tabular">{t("rating", { average: reviews.summary.average.toFixed(1), count: reviews.summary.count })}</span>
            </a>
          ) : null}
        </div>
      </div>

      <ProductPrice price={price} variant={variant} storeName={store.name} />

      <section aria-label={t("onShelfHere")} className="grid grid-cols-2 gap-3">
        <div className="rounded-xl bg-brand-800 px-4 py-3 text-white">
          <p className="text-xs font-semibold tracking-wide text-brand-100 uppercase">{t("findItAt")}</p>
          <p className="mt-0.5 text-xl font-extrabold" data-testid="shelf-location">
            {shelf.aisle ? t("location", { aisle: shelf.aisle, bay: shelf.bay ?? "" }) : t("askTeam")}
          </p>
        </div>
        <div
          className={shelf.available > 0 ? "rounded-xl bg-success-bg px-4 py-3 text-success-fg" : "rounded-xl bg-danger-bg px-4 py-3 text-danger-fg"}
        >
          <p className="text-xs font-semibold tracking-wide uppercase">{t("onTheShelf")}</p>
          <p className="mt-0.5 text-xl font-extrabold" data-testid="shelf-stock">
            {shelf.available > 0 ? t("inStock", { count: shelf.available }) : t("outOfStock")}
          </p>
        </div>
      </section>

      <AddToBasketButton storeCode={store.code} skuId={variant.id} available={shelf.available} />

      {similar.length > 0 ? (
        <section aria-labelledby="similar-heading">
          <h2 id="similar-heading" className="mb-2 text-lg font-extrabold text-ink">
            {t("similar")}
          </h2>
          <ul className="-mx-4 flex snap-x gap-3 overflow-x-auto px-4 pb-1">
            {similar.map((item, index) => (
              <li key={item.slug} className="w-36 shrink-0 snap-start">
                <Link href={`/q/${store.code}/${item.gtin}`} className="block rounded-xl border border-line bg-surface p-2.5 shadow-card">
                  {/* The first cards are on a phone's first screen and the largest pictures there. */}
                  <ProductImage
                    src={item.imageUrl ?? `/images/products/${item.slug}.svg`}
                    alt=""
                    eager={index < 3}
                    className="aspect-square w-full rounded-lg bg-sand object-cover"
                  />
                  <p className="mt-2 line-clamp-2 text-sm leading-snug font-semibold text-ink">{item.name}</p>
                  <p className="mt-0.5 text-sm font-bold tabular">{formatMoney(item.priceCents, item.currency)}</p>
                  <p className="text-xs text-ink-muted">{t("similarAisle", { aisle: item.aisle })}</p>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section id="reviews" aria-labelledby="reviews-heading">
        <h2 id="reviews-heading" className="mb-2 text-lg font-extrabold text-ink">
          {t("reviewsHeading")}
        </h2>
        {reviews.top.length === 0 ? <p className="text-sm text-ink-muted">{t("noReviews")}</p> : <ReviewList reviews={reviews.top} />}
        <Link
          href={`/p/${product.slug}?sku=${variant.code}`}
          className="mt-3 inline-flex items-center gap-1 text-sm font-semibold text-brand-700 hover:underline"
        >
          {t("fullDetails")} <ArrowRightIcon className="size-4" />
        </Link>
      </section>
    </article>
  );
}
