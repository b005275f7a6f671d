import "server-only";
import { headers } from "next/headers";

/**
 * The public origin for canonical links, JSON-LD and the sitemap: APP_URL when set (recommended
 * behind a proxy), else the request's own host.
 */
export async function getSiteOrigin(): Promise<string> {
  const configured = process.env.APP_URL ?? process.env.NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const host = h.get("x-forwarded-host")?.split(",")[0].trim() || h.get("host") || "localhost:3000";
  const local = /^(localhost|127\.|\[::1\])/.test(host);
  const proto = h.get("x-forwarded-proto")?.split(",")[0].trim() || (local ? "http" : "https");
  return `${proto}://${host}`;
}
