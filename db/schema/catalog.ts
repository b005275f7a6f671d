import { sql } from "drizzle-orm";
import { boolean, check, customType, index, integer, jsonb, pgTable, real, text, timestamp, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";

/** Postgres full-text search document; written by the database, read only in search SQL. */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const categories = pgTable(
  "categories",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    parentId: uuid("parent_id").references((): AnyPgColumn => categories.id),
    position: integer("position").notNull().default(0),
    /** Search weight C: a product matches "coffee" when its category does (lib/catalog/search.ts). */
    searchVector: tsvector("search_vector").generatedAlwaysAs(sql`setweight(to_tsvector('english'::regconfig, "name" || ' ' || "description"), 'C')`),
  },
  (t) => [index("categories_search_idx").using("gin", t.searchVector)],
);

export const products = pgTable(
  "products",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    brand: text("brand").notNull(),
    description: text("description").notNull(),
    categoryId: uuid("category_id")
      .notNull()
      .references(() => categories.id),
    /** App-served image paths, first is the main image. */
    images: jsonb("images").$type<string[]>().notNull().default([]),
    /** Denormalised from reviews for listing and sorting. */
    ratingAverage: real("rating_average").notNull().default(0),
    ratingCount: integer("rating_count").notNull().default(0),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Weighted search document: name A, brand B, description D (lib/catalog/search.ts). */
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      sql`setweight(to_tsvector('english'::regconfig, "name"), 'A') || setweight(to_tsvector('english'::regconfig, "brand"), 'B') || setweight(to_tsvector('english'::regconfig, "description"), 'D')`,
    ),
  },
  (t) => [
    index("products_category_idx").on(t.categoryId),
    index("products_search_idx").using("gin", t.searchVector),
    // Typo tolerance: trigram word similarity on name and brand.
    index("products_name_trgm_idx").using("gin", t.name.op("gin_trgm_ops")),
    index("products_brand_trgm_idx").using("gin", t.brand.op("gin_trgm_ops")),
    check("products_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check("products_rating_range", sql`${t.ratingAverage} between 0 and 5`),
    check("products_rating_count_non_negative", sql`${t.ratingCount} >= 0`),
  ],
);

/** A sellable variant of a product: its own code, barcode and price. */
export const skus = pgTable(
  "skus",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id),
    code: text("code").notNull().unique(),
    /** EAN-13 with a valid check digit (validated in lib/catalog/gtin.ts). */
    gtin: text("gtin").notNull().unique(),
    priceCents: integer("price_cents").notNull(),
    /** Previous price, shown struck through when higher than the price. */
    compareAtCents: integer("compare_at_cents"),
    currency: text("currency").notNull().default("USD"),
    /** Variant attributes, e.g. { size: "M", color: "Sage" }. */
    attributes: jsonb("attributes").$type<Record<string, string>>().notNull().default({}),
    /** Net content for unit pricing on shelf labels, e.g. 500 g. */
    netQuantity: integer("net_quantity"),
    netUnit: text("net_unit"),
    active: boolean("active").notNull().default(true),
  },
  (t) => [
    index("skus_product_idx").on(t.productId),
    check("skus_gtin_format", sql`${t.gtin} ~ '^[0-9]{13}$'`),
    check("skus_price_non_negative", sql`${t.priceCents} >= 0`),
    check("skus_compare_at_non_negative", sql`${t.compareAtCents} is null or ${t.compareAtCents} >= 0`),
    check(
      "skus_net_content",
      sql`(${t.netQuantity} is null and ${t.netUnit} is null) or (${t.netQuantity} > 0 and ${t.netUnit} in ('g', 'kg', 'ml', 'l', 'ct'))`,
    ),
  ],
);

export type Category = typeof categories.$inferSelect;
export type Product = typeof products.$inferSelect;
export type Sku = typeof skus.$inferSelect;
