import "server-only";
import { connection } from "next/server";
import { publicOrigin } from "@/lib/security/deployment";

/**
 * The public origin for canonical links, JSON-LD, the sitemap and the kiosk and shelf-label QR
 * codes: APP_URL (required in production), else this machine. Never the request's `Host` or
 * `X-Forwarded-Host`: a client chooses those, and a QR code printed with them would send
 * shoppers to the client's site. Read at request time, so a build never bakes in its own.
 */
export async function getSiteOrigin(): Promise<string> {
  await connection();
  return publicOrigin();
}

/**
 * The same origin for cached pages, which can't wait for a request: read from the environment
 * when the page is first rendered at runtime (a cached page is never rendered by `next build`).
 */
export async function cachedSiteOrigin(): Promise<string> {
  "use cache";
  return publicOrigin();
}
