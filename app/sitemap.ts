import type { MetadataRoute } from "next";
import { asc, eq } from "drizzle-orm";
import { categories, products, stores } from "@/db/schema";
import { getSiteOrigin } from "@/lib/catalog/site-url";
import { getDb } from "@/lib/db";

// Read from the database on each request, never at build time.
export const dynamic = "force-dynamic";

/** Home, every category, every product on sale and every store, with absolute URLs. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = await getSiteOrigin();
  const db = await getDb();
  const [categoryRows, productRows, storeRows] = await Promise.all([
    db.select({ slug: categories.slug }).from(categories).orderBy(asc(categories.position), asc(categories.slug)),
    db.select({ slug: products.slug, createdAt: products.createdAt }).from(products).where(eq(products.active, true)).orderBy(asc(products.slug)),
    db.select({ code: stores.code }).from(stores).orderBy(asc(stores.code)),
  ]);
  return [
    { url: `${origin}/`, changeFrequency: "daily", priority: 1 },
    ...categoryRows.map((row) => ({ url: `${origin}/c/${row.slug}`, changeFrequency: "daily" as const, priority: 0.8 })),
    ...productRows.map((row) => ({
      url: `${origin}/p/${row.slug}`,
      lastModified: new Date(row.createdAt),
      changeFrequency: "daily" as const,
      priority: 0.7,
    })),
    { url: `${origin}/stores`, changeFrequency: "monthly", priority: 0.5 },
    ...storeRows.map((row) => ({ url: `${origin}/stores/${row.code}`, changeFrequency: "weekly" as const, priority: 0.5 })),
  ];
}
