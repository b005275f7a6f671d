import type { MetadataRoute } from "next";
import { listSitemapCatalog } from "@/lib/catalog/queries";
import { getSiteOrigin } from "@/lib/catalog/site-url";
import { getDb } from "@/lib/db";
import { listStoreCodes } from "@/lib/stores/queries";

/** Home, every category, every product on sale and every store, with absolute URLs. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = await getSiteOrigin();
  const db = await getDb();
  const [catalog, storeCodes] = await Promise.all([listSitemapCatalog(db), listStoreCodes(db)]);
  return [
    { url: `${origin}/`, changeFrequency: "daily", priority: 1 },
    ...catalog.categories.map((row) => ({ url: `${origin}/c/${row.slug}`, changeFrequency: "daily" as const, priority: 0.8 })),
    ...catalog.products.map((row) => ({
      url: `${origin}/p/${row.slug}`,
      lastModified: new Date(row.createdAt),
      changeFrequency: "daily" as const,
      priority: 0.7,
    })),
    { url: `${origin}/stores`, changeFrequency: "monthly", priority: 0.5 },
    ...storeCodes.map((code) => ({ url: `${origin}/stores/${code}`, changeFrequency: "weekly" as const, priority: 0.5 })),
  ];
}
