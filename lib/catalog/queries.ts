import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { categories, inventory, products, skus } from "@/db/schema";
import type { Db } from "@/lib/db";

export type CategorySummary = {
  id: string;
  slug: string;
  name: string;
  description: string;
  productCount: number;
  /** The main image of the category's best-rated product, for tiles. */
  imageUrl: string | null;
};

/** Top-level categories in merchandising order, with a product count and a tile image. */
export async function listCategories(db: Db): Promise<CategorySummary[]> {
  const stats = db
    .select({
      categoryId: products.categoryId,
      productCount: sql<number>`count(*)::int`.as("product_count"),
      imageUrl: sql<string | null>`(array_agg(${products.images}->>0 order by ${products.ratingCount} desc, ${products.slug})
        filter (where jsonb_array_length(${products.images}) > 0))[1]`.as("image_url"),
    })
    .from(products)
    .where(eq(products.active, true))
    .groupBy(products.categoryId)
    .as("category_stats");
  const rows = await db
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
      productCount: sql<number>`coalesce(${stats.productCount}, 0)`,
      imageUrl: stats.imageUrl,
    })
    .from(categories)
    .leftJoin(stats, eq(stats.categoryId, categories.id))
    .where(isNull(categories.parentId))
    .orderBy(asc(categories.position), asc(categories.name));
  return rows.map((row) => ({ ...row, productCount: Number(row.productCount) }));
}

export type ProductCard = {
  id: string;
  slug: string;
  name: string;
  brand: string;
  imageUrl: string | null;
  ratingAverage: number;
  ratingCount: number;
  /** The cheapest active variant's price, and its previous price when it is on sale. */
  priceCents: number;
  compareAtCents: number | null;
  currency: string;
  /** True when variants differ in price ("From $3.49"). */
  priceVaries: boolean;
  /** Units available to sell at the store: Σ(on_hand − reserved) over the product's SKUs. */
  available: number;
};

/**
 * Products to feature on the home page for one store: well-reviewed products that are in
 * stock there come first, with their lowest price and the stock that store can sell.
 */
export async function listFeaturedProducts(db: Db, { storeId, limit = 8 }: { storeId: string; limit?: number }): Promise<ProductCard[]> {
  const available = sql<number>`coalesce(sum(greatest(${inventory.onHand} - ${inventory.reserved}, 0)), 0)::int`;
  const rows = await db
    .select({
      id: products.id,
      slug: products.slug,
      name: products.name,
      brand: products.brand,
      imageUrl: sql<string | null>`${products.images}->>0`,
      ratingAverage: products.ratingAverage,
      ratingCount: products.ratingCount,
      // The cheapest variant's price and compare-at price travel together.
      cheapest: sql<[number, number | null, string]>`(array_agg(
        json_build_array(${skus.priceCents}, ${skus.compareAtCents}, ${skus.currency})
        order by ${skus.priceCents}, ${skus.code}
      ))[1]`,
      maxPrice: sql<number>`max(${skus.priceCents})::int`,
      available,
    })
    .from(products)
    .innerJoin(skus, and(eq(skus.productId, products.id), eq(skus.active, true)))
    .leftJoin(inventory, and(eq(inventory.skuId, skus.id), eq(inventory.storeId, storeId)))
    .where(eq(products.active, true))
    .groupBy(products.id)
    .orderBy(sql`${available} > 0 desc`, sql`${products.ratingAverage} * ln(${products.ratingCount} + 1) desc`, asc(products.name))
    .limit(limit);

  return rows.map(({ cheapest, maxPrice, ...row }) => {
    const [priceCents, compareAtCents, currency] = typeof cheapest === "string" ? JSON.parse(cheapest) : cheapest;
    return {
      ...row,
      priceCents: Number(priceCents),
      compareAtCents: compareAtCents == null ? null : Number(compareAtCents),
      currency,
      priceVaries: Number(maxPrice) > Number(priceCents),
      available: Number(row.available),
    };
  });
}

export type ProductArtSubject = { name: string; brand: string; categorySlug: string };

/** What the product's illustration is drawn from, by slug (inactive products keep their image). */
export async function getProductArtSubject(db: Db, { slug }: { slug: string }): Promise<ProductArtSubject | null> {
  const [row] = await db
    .select({ name: products.name, brand: products.brand, categorySlug: categories.slug })
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(eq(products.slug, slug))
    .limit(1);
  return row ?? null;
}

export type SitemapCatalog = {
  categories: { slug: string }[];
  products: { slug: string; createdAt: Date }[];
};

/** Every category and every product on sale, for the sitemap. */
export async function listSitemapCatalog(db: Db): Promise<SitemapCatalog> {
  const [categoryRows, productRows] = await Promise.all([
    db.select({ slug: categories.slug }).from(categories).orderBy(asc(categories.position), asc(categories.slug)),
    db.select({ slug: products.slug, createdAt: products.createdAt }).from(products).where(eq(products.active, true)).orderBy(asc(products.slug)),
  ]);
  return { categories: categoryRows, products: productRows };
}
