import "server-only";
import { and, desc, eq, ne, sql } from "drizzle-orm";
import { inventory, products, skus } from "@/db/schema";
import { getProductBySlug, type ProductDetail, type ProductVariant } from "@/lib/catalog/product";
import { getShelfPrice, type ShelfPrice } from "@/lib/catalog/product-pricing";
import type { Db } from "@/lib/db";
import { getReviewSummary, listProductReviews, type ProductReview, type ReviewSummary } from "@/lib/reviews/queries";

export type SimilarItem = {
  slug: string;
  name: string;
  brand: string;
  imageUrl: string | null;
  gtin: string;
  priceCents: number;
  currency: string;
  aisle: string;
  bay: string;
  available: number;
};

export type InStoreProductView = {
  product: ProductDetail;
  variant: ProductVariant;
  price: ShelfPrice;
  shelf: { available: number; aisle: string | null; bay: string | null };
  reviews: { summary: ReviewSummary; top: ProductReview[] };
  similar: SimilarItem[];
};

/**
 * What a shopper sees after scanning a label or barcode in a store: this store's price from
 * the one price function (in-store channel), the shelf stock and location, reviews and a few
 * similar items that are on this store's shelves. Null for an unknown or retired GTIN.
 */
export async function getInStoreProductView(
  db: Db,
  { storeId, gtin, userId, now = new Date() }: { storeId: string; gtin: string; userId: string | null; now?: Date },
): Promise<InStoreProductView | null> {
  const [match] = await db
    .select({ slug: products.slug, skuId: skus.id })
    .from(skus)
    .innerJoin(products, eq(products.id, skus.productId))
    .where(and(eq(skus.gtin, gtin), eq(skus.active, true), eq(products.active, true)));
  if (!match) return null;
  const product = await getProductBySlug(db, { slug: match.slug });
  const variant = product?.variants.find((v) => v.id === match.skuId);
  if (!product || !variant) return null;

  const [price, shelfRow, summary, top, similar] = await Promise.all([
    // One unit priced for the scan-and-go channel: the same function and rules as the web.
    getShelfPrice(db, { storeId, variant, userId, now, channel: "scan_and_go" }),
    db
      .select({ available: sql<number>`greatest(${inventory.onHand} - ${inventory.reserved}, 0)::int`, aisle: inventory.aisle, bay: inventory.bay })
      .from(inventory)
      .where(and(eq(inventory.storeId, storeId), eq(inventory.skuId, variant.id))),
    getReviewSummary(db, { productId: product.id }),
    listProductReviews(db, { productId: product.id, limit: 3 }),
    listSimilarOnShelf(db, { storeId, productId: product.id, categorySlug: product.category.slug }),
  ]);
  const shelf = shelfRow[0] ? { ...shelfRow[0], available: Number(shelfRow[0].available) } : { available: 0, aisle: null, bay: null };
  return { product, variant, price, shelf, reviews: { summary, top }, similar };
}

async function listSimilarOnShelf(db: Db, { storeId, productId, categorySlug }: { storeId: string; productId: string; categorySlug: string }) {
  const rows = await db
    .select({
      slug: products.slug,
      name: products.name,
      brand: products.brand,
      images: products.images,
      gtin: skus.gtin,
      priceCents: skus.priceCents,
      currency: skus.currency,
      aisle: inventory.aisle,
      bay: inventory.bay,
      available: sql<number>`(${inventory.onHand} - ${inventory.reserved})::int`,
      rating: products.ratingAverage,
    })
    .from(products)
    .innerJoin(skus, and(eq(skus.productId, products.id), eq(skus.active, true)))
    .innerJoin(inventory, and(eq(inventory.skuId, skus.id), eq(inventory.storeId, storeId)))
    .where(
      and(
        eq(products.active, true),
        ne(products.id, productId),
        sql`${products.categoryId} = (select id from categories where slug = ${categorySlug})`,
        sql`${inventory.onHand} - ${inventory.reserved} > 0`,
      ),
    )
    .orderBy(desc(products.ratingAverage), products.name, skus.code)
    .limit(16);
  const seen = new Set<string>();
  const items: SimilarItem[] = [];
  for (const row of rows) {
    if (seen.has(row.slug)) continue;
    seen.add(row.slug);
    const { images, rating: _rating, ...rest } = row;
    items.push({ ...rest, imageUrl: images[0] ?? null, available: Number(row.available) });
    if (items.length === 4) break;
  }
  return items;
}
