import { and, asc, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { categories, inventory, products, skus } from "@/db/schema";
import type { Db } from "@/lib/db";
import type { ProductCard } from "./queries";
import { buildProductSearch, searchQuerySchema, withSearchSettings } from "./search";

/** Product listings — category pages and search results — from one query builder. */

export const PAGE_SIZE = 24;

/** The sorts, in menu order; their labels are in the catalog namespace of the messages. */
export const LISTING_SORTS = ["relevance", "rating", "price-asc", "price-desc", "newest"] as const;

export type ListingSort = (typeof LISTING_SORTS)[number];

/** Sorts a listing offers: relevance ("Best match") only makes sense for a search. */
export function sortOptions(searching: boolean): ListingSort[] {
  return searching ? [...LISTING_SORTS] : LISTING_SORTS.filter((sort) => sort !== "relevance");
}

export type ListingParams = {
  q: string;
  brands: string[];
  /** Integer cents; the URL carries dollars (`min=5&max=20`). */
  minCents: number | null;
  maxCents: number | null;
  inStock: boolean;
  sort: ListingSort;
  page: number;
};

type RawParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const all = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

const dollars = z.coerce.number().finite().min(0).max(1_000_000);

/** Dollars as typed in the URL ("12", "12.5", "$12.50") to cents; anything else is no limit. */
export function dollarsToCents(value: string | undefined): number | null {
  if (value === undefined || value.trim() === "") return null;
  const parsed = dollars.safeParse(value.replace(/[$,\s]/g, ""));
  return parsed.success ? Math.round(parsed.data * 100) : null;
}

/** Cents back to the shortest dollar string for a URL: 1200 → "12", 1250 → "12.5". */
export function centsToDollars(cents: number): string {
  return String(cents / 100);
}

/**
 * Reads listing state from the URL. Lenient on purpose: a hand-edited or stale link shows a
 * sensible page instead of an error, so bad values are dropped rather than refused.
 */
export function parseListingParams(params: RawParams, { searching }: { searching: boolean }): ListingParams {
  const q = searchQuerySchema.safeParse(first(params.q) ?? "");
  // eslint-disable-next-line no-control-regex -- control characters (NUL above all) never name a brand
  const clean = (brand: string) => brand.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  const brands = [
    ...new Set(
      all(params.brand)
        .map(clean)
        .filter((brand) => brand && brand.length <= 80),
    ),
  ].slice(0, 30);
  let minCents = dollarsToCents(first(params.min));
  let maxCents = dollarsToCents(first(params.max));
  if (minCents !== null && maxCents !== null && minCents > maxCents) [minCents, maxCents] = [maxCents, minCents];
  const sort = first(params.sort) as ListingSort | undefined;
  const page = Number.parseInt(first(params.page) ?? "1", 10);
  return {
    q: q.success ? q.data : "",
    brands,
    minCents,
    maxCents,
    inStock: first(params.instock) === "1",
    sort: sort && sortOptions(searching).includes(sort) ? sort : searching ? "relevance" : "rating",
    page: Number.isFinite(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The URL for a listing state: only what differs from the defaults, so links stay short. */
export function listingHref(pathname: string, state: ListingParams, { searching }: { searching: boolean }): string {
  const params = new URLSearchParams();
  if (searching && state.q) params.set("q", state.q);
  for (const brand of state.brands) params.append("brand", brand);
  if (state.minCents !== null) params.set("min", centsToDollars(state.minCents));
  if (state.maxCents !== null) params.set("max", centsToDollars(state.maxCents));
  if (state.inStock) params.set("instock", "1");
  if (state.sort !== (searching ? "relevance" : "rating")) params.set("sort", state.sort);
  if (state.page > 1) params.set("page", String(state.page));
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

export type ListingItem = ProductCard;

export type BrandFacet = { brand: string; count: number; selected: boolean };

export type ListingResult = {
  items: ListingItem[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  /** Brands in the result with every filter but the brand filter applied, so more can be ticked. */
  brands: BrandFacet[];
  /** Lowest and highest "from" price in the result (before the price filter), for the inputs' hints. */
  priceRange: { minCents: number; maxCents: number } | null;
};

export type ListingScope = {
  /** Stock is counted at this store ("my store"). */
  storeId: string;
  /** Only products of this category and its direct subcategories. */
  categoryId?: string;
};

/**
 * One page of products for a category or a search, with filters, sort, total and brand facets.
 * Prices are the cheapest active variant ("From $x"); stock is what the store can sell now:
 * Σ max(on_hand − reserved, 0) over the product's variants.
 */
export async function listProducts(db: Db, scope: ListingScope, params: ListingParams): Promise<ListingResult> {
  const search = params.q ? buildProductSearch(params.q) : null;
  if (params.q && !search) return emptyResult(params);

  const run = async (tx: Db): Promise<ListingResult> => {
    const minPrice = sql<number>`min(${skus.priceCents})`;
    const available = sql<number>`coalesce(sum(greatest(${inventory.onHand} - ${inventory.reserved}, 0)), 0)`;

    const where: (SQL | undefined)[] = [eq(products.active, true)];
    if (scope.categoryId) {
      where.push(
        or(
          eq(products.categoryId, scope.categoryId),
          inArray(products.categoryId, tx.select({ id: categories.id }).from(categories).where(eq(categories.parentId, scope.categoryId))),
        ),
      );
    }
    if (search) where.push(search.where);

    // Every filter but brand applies here; brand is applied on top so facets can count the rest.
    const having: (SQL | undefined)[] = [];
    if (params.minCents !== null) having.push(sql`${minPrice} >= ${params.minCents}`);
    if (params.maxCents !== null) having.push(sql`${minPrice} <= ${params.maxCents}`);
    if (params.inStock) having.push(sql`${available} > 0`);

    const listing = tx.$with("listing").as(
      tx
        .select({
          id: products.id,
          slug: products.slug,
          name: products.name,
          brand: products.brand,
          imageUrl: sql<string | null>`${products.images}->>0`.as("image_url"),
          ratingAverage: products.ratingAverage,
          ratingCount: products.ratingCount,
          createdAt: products.createdAt,
          // The cheapest variant's price, compare-at price and currency travel together.
          cheapest: sql<[number, number | null, string] | string>`(array_agg(
            json_build_array(${skus.priceCents}, ${skus.compareAtCents}, ${skus.currency})
            order by ${skus.priceCents}, ${skus.code}
          ))[1]`.as("cheapest"),
          minPrice: sql<number>`${minPrice}::int`.as("min_price"),
          maxPrice: sql<number>`max(${skus.priceCents})::int`.as("max_price"),
          available: sql<number>`${available}::int`.as("available"),
          rank: (search ? sql<number>`${search.rank}` : sql<number>`0`).as("rank"),
        })
        .from(products)
        .innerJoin(categories, eq(categories.id, products.categoryId))
        .innerJoin(skus, and(eq(skus.productId, products.id), eq(skus.active, true)))
        .leftJoin(inventory, and(eq(inventory.skuId, skus.id), eq(inventory.storeId, scope.storeId)))
        .where(and(...where))
        .groupBy(products.id, categories.id)
        .having(having.length ? and(...having) : undefined),
    );

    const brandFilter = params.brands.length ? inArray(listing.brand, params.brands) : undefined;
    const order = {
      relevance: [desc(listing.rank), desc(listing.ratingCount)],
      // Damped towards 3.5 so one five-star review doesn't outrank forty four-and-a-half-star ones.
      rating: [desc(sql`(${listing.ratingAverage} * ${listing.ratingCount} + 7) / (${listing.ratingCount} + 2)`), desc(listing.ratingCount)],
      "price-asc": [asc(listing.minPrice)],
      "price-desc": [desc(listing.minPrice)],
      newest: [desc(listing.createdAt)],
    }[params.sort];

    const facetRows = await tx
      .with(listing)
      .select({
        brand: listing.brand,
        count: sql<number>`count(*)::int`,
        minCents: sql<number>`min(${listing.minPrice})::int`,
        maxCents: sql<number>`max(${listing.minPrice})::int`,
      })
      .from(listing)
      .groupBy(listing.brand)
      .orderBy(asc(listing.brand));
    const facetCount = new Map(facetRows.map((row) => [row.brand, Number(row.count)]));
    const total = params.brands.length
      ? params.brands.reduce((sum, brand) => sum + (facetCount.get(brand) ?? 0), 0)
      : facetRows.reduce((sum, row) => sum + Number(row.count), 0);
    const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));

    const rows =
      total > 0 && params.page <= pageCount
        ? await tx
            .with(listing)
            .select()
            .from(listing)
            .where(brandFilter)
            .orderBy(...order, asc(listing.name), asc(listing.id))
            .limit(PAGE_SIZE)
            .offset((params.page - 1) * PAGE_SIZE)
        : [];

    const brands: BrandFacet[] = facetRows.map((row) => ({
      brand: row.brand,
      count: Number(row.count),
      selected: params.brands.includes(row.brand),
    }));
    // A ticked brand with nothing left under the other filters stays visible, so it can be unticked.
    for (const brand of params.brands) if (!facetCount.has(brand)) brands.push({ brand, count: 0, selected: true });

    return {
      items: rows.map(toListingItem),
      total,
      page: params.page,
      pageCount,
      pageSize: PAGE_SIZE,
      brands,
      priceRange: facetRows.length
        ? {
            minCents: Math.min(...facetRows.map((row) => Number(row.minCents))),
            maxCents: Math.max(...facetRows.map((row) => Number(row.maxCents))),
          }
        : null,
    };
  };

  return search ? withSearchSettings(db, run) : run(db);
}

function toListingItem(row: {
  id: string;
  slug: string;
  name: string;
  brand: string;
  imageUrl: string | null;
  ratingAverage: number;
  ratingCount: number;
  cheapest: [number, number | null, string] | string;
  minPrice: number;
  maxPrice: number;
  available: number;
}): ListingItem {
  const [priceCents, compareAtCents, currency] = typeof row.cheapest === "string" ? JSON.parse(row.cheapest) : row.cheapest;
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    brand: row.brand,
    imageUrl: row.imageUrl,
    ratingAverage: Number(row.ratingAverage),
    ratingCount: Number(row.ratingCount),
    priceCents: Number(priceCents),
    compareAtCents: compareAtCents == null ? null : Number(compareAtCents),
    currency,
    priceVaries: Number(row.maxPrice) > Number(row.minPrice),
    available: Number(row.available),
  };
}

function emptyResult(params: ListingParams): ListingResult {
  return { items: [], total: 0, page: params.page, pageCount: 1, pageSize: PAGE_SIZE, brands: [], priceRange: null };
}

export type ListingCategory = {
  id: string;
  slug: string;
  name: string;
  description: string;
  parent: { slug: string; name: string } | null;
  children: { slug: string; name: string }[];
};

/** The category a listing page shows, with its parent and subcategories for navigation. */
export async function getListingCategory(db: Db, { slug }: { slug: string }): Promise<ListingCategory | null> {
  const [category] = await db
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
      parentId: categories.parentId,
    })
    .from(categories)
    .where(eq(categories.slug, slug));
  if (!category) return null;
  const [parent, children] = await Promise.all([
    category.parentId
      ? db.select({ slug: categories.slug, name: categories.name }).from(categories).where(eq(categories.id, category.parentId))
      : Promise.resolve([]),
    db
      .select({ slug: categories.slug, name: categories.name })
      .from(categories)
      .where(eq(categories.parentId, category.id))
      .orderBy(asc(categories.position), asc(categories.name)),
  ]);
  const { parentId: _parentId, ...rest } = category;
  return { ...rest, parent: parent[0] ?? null, children };
}
