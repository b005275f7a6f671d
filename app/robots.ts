import type { MetadataRoute } from "next";
import { getSiteOrigin } from "@/lib/catalog/site-url";

/** Crawl the storefront; keep carts, accounts, staff, admin, kiosks and APIs out of the index. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await getSiteOrigin();
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/api/", "/cart", "/checkout", "/orders/", "/account", "/staff/", "/admin/", "/kiosk/", "/in-store/", "/q/", "/sign-in", "/sign-up"],
    },
    sitemap: `${origin}/sitemap.xml`,
    host: origin,
  };
}
