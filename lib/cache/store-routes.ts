/**
 * The storefront's catalog pages are the same for every shopper of a store, so each store's
 * pages are cached apart: proxy.ts rewrites the public URL (SPEC.md's `/`, `/c/…`, `/p/…`,
 * `/search`, `/stores…`) to an internal one that names the store and the query it depends on —
 * `/s/<store>/<query>/<path>` — and Next caches each such URL on its own. Nothing outside the
 * proxy ever links to `/s/…`; asked for directly, it is a 404. No server imports: proxy.ts and
 * pages share it.
 */

/** The internal segment for "no store chosen" (the first store) and for "no query". */
export const DEFAULT_SEGMENT = "_";
/** The one value `next build` prerenders each segment with; never a real store, query or slug. */
export const BUILD_PLACEHOLDER = "__build";

const CATALOG_PATH = /^\/(?:$|c\/[^/]+$|p\/[^/]+$|search$|stores$|stores\/[^/]+$)/;
/** The query keys a catalog page reads (listing filters, the product page's variant); others are dropped. */
const QUERY_KEYS = new Set(["q", "brand", "min", "max", "instock", "sort", "page", "sku"]);
const MAX_QUERY_LENGTH = 600;

export function isCatalogPath(pathname: string) {
  return CATALOG_PATH.test(pathname);
}

export function isInternalStorePath(pathname: string) {
  return pathname === "/s" || pathname.startsWith("/s/");
}

/** The query segment for a URL's search params: the keys a page reads, in one order ("_" when none). */
export function querySegment(search: URLSearchParams): string {
  const kept = [...search.entries()].filter(([key]) => QUERY_KEYS.has(key));
  if (kept.length === 0) return DEFAULT_SEGMENT;
  kept.sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  const query = new URLSearchParams(kept).toString().slice(0, MAX_QUERY_LENGTH);
  return encodeURIComponent(query);
}

/** `/p/fieldnote?sku=X` for store `sea` → `/s/sea/sku%3DX/p/fieldnote`. */
export function catalogPathFor(pathname: string, search: URLSearchParams, storeCode: string | null): string {
  const rest = pathname === "/" ? "" : pathname;
  return `/s/${storeCode ?? DEFAULT_SEGMENT}/${querySegment(search)}${rest}`;
}

/**
 * A page's query segment back to search params. Next may hand a rewritten segment over still
 * encoded: an encoded segment has no "=" (encodeURIComponent escapes it), a decoded one has.
 */
export function searchParamsOf(query: string): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  if (query === DEFAULT_SEGMENT || query === BUILD_PLACEHOLDER) return record;
  let decoded = query;
  if (!query.includes("=")) {
    try {
      decoded = decodeURIComponent(query);
    } catch {
      return record;
    }
  }
  for (const [key, value] of new URLSearchParams(decoded)) {
    const existing = record[key];
    record[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return record;
}
