import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags } from "@/lib/cache/tags";
import { getDb } from "@/lib/db";
import { getReviewSummary, listProductReviews, type ProductReview, type ReviewSummary } from "@/lib/reviews/queries";
import { getAvailableBySku, getVariantAvailability, type VariantAvailability } from "./availability";
import { getProductBySlug, pickVariant, type ProductDetail, type ProductVariant } from "./product";
import { getShelfPrice, type ShelfPrice } from "./product-pricing";
import { listCategories, listFeaturedProducts } from "./queries";
import { getListingCategory, listProducts, type ListingParams } from "./listing";
import { suggestSpelling } from "./search";

/**
 * The catalog as every shopper of a store sees it, read once and cached with the tags of what it
 * depends on (lib/cache/tags.ts); the writes that change those expire them on every instance.
 * Prices and the next pickup depend on the clock too (scheduled promotions, opening hours), so
 * nothing here is kept for more than a few minutes without being refreshed ("minutes").
 */

export async function cachedCategories() {
  "use cache";
  cacheTag(cacheTags.all, cacheTags.catalog);
  cacheLife("hours");
  return listCategories(await getDb());
}

export async function cachedFeaturedProducts(storeId: string, limit: number) {
  "use cache";
  cacheTag(cacheTags.all, cacheTags.catalog, cacheTags.stockAt(storeId));
  cacheLife("minutes");
  return listFeaturedProducts(await getDb(), { storeId, limit });
}

export async function cachedListingCategory(slug: string) {
  "use cache";
  cacheTag(cacheTags.all, cacheTags.catalog);
  cacheLife("hours");
  return getListingCategory(await getDb(), { slug });
}

/** A category or search listing at one store; `spelling` only for a search that found nothing. */
export async function cachedListing(storeId: string, categoryId: string | null, listing: ListingParams) {
  "use cache";
  cacheTag(cacheTags.all, cacheTags.catalog, cacheTags.promotions, cacheTags.stockAt(storeId));
  cacheLife("minutes");
  const db = await getDb();
  const result = await listProducts(db, categoryId ? { storeId, categoryId } : { storeId }, listing);
  const filtered = listing.brands.length > 0 || listing.inStock || listing.minCents !== null || listing.maxCents !== null;
  const spelling = !categoryId && listing.q && result.total === 0 && !filtered ? await suggestSpelling(db, { query: listing.q }) : null;
  return { result, spelling };
}

export type ProductPageData = {
  product: ProductDetail;
  variant: ProductVariant;
  availableByCode: Record<string, number>;
  price: ShelfPrice;
  availability: VariantAvailability;
  summary: ReviewSummary;
  reviews: ProductReview[];
};

/**
 * Everything the product page shows at one store, for the variant `skuCode` asks for (else the
 * first in stock). Priced with the one price function as a shopper with no account-specific
 * promotion sees it; the cart prices the signed-in shopper's own.
 */
export async function cachedProductPage(storeId: string, slug: string, skuCode: string | null, reviewLimit: number): Promise<ProductPageData | null> {
  "use cache";
  cacheTag(cacheTags.all, cacheTags.catalog, cacheTags.promotions, cacheTags.stockAt(storeId), cacheTags.slots(storeId));
  cacheLife("minutes");
  const db = await getDb();
  const product = await getProductBySlug(db, { slug });
  if (!product) return null;
  cacheTag(cacheTags.product(product.id), cacheTags.reviews(product.id), ...product.variants.map((variant) => cacheTags.stockOfSku(variant.id)));
  const availableBySku = await getAvailableBySku(db, { storeId, skuIds: product.variants.map((v) => v.id) });
  const variant = pickVariant(product, { code: skuCode ?? undefined, availableBySku });
  const [price, availability, summary, reviews] = await Promise.all([
    getShelfPrice(db, { storeId, variant, userId: null }),
    getVariantAvailability(db, { skuId: variant.id, storeId }),
    getReviewSummary(db, { productId: product.id }),
    listProductReviews(db, { productId: product.id, limit: reviewLimit }),
  ]);
  const availableByCode = Object.fromEntries(product.variants.map((v) => [v.code, availableBySku.get(v.id) ?? 0]));
  return { product, variant, availableByCode, price, availability, summary, reviews };
}
