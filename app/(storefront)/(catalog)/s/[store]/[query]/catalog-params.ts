import "server-only";
import { placeholderParams, realSegment } from "@/lib/cache/placeholders";
import { DEFAULT_SEGMENT, searchParamsOf } from "@/lib/cache/store-routes";
import { cachedStoreForCode } from "@/lib/stores/cached";

/**
 * The internal segments proxy.ts rewrites every catalog URL to (lib/cache/store-routes.ts):
 * the shopper's store and the query the page depends on. Each combination is its own cached page.
 */
export type CatalogSegments = { store: string; query: string };

/** The shopper's store: the one their cookie names, else (none, or a store since removed) the first store. */
export async function catalogStore(segments: CatalogSegments) {
  const code = realSegment(segments.store);
  const chosen = code === DEFAULT_SEGMENT ? null : await cachedStoreForCode(code);
  return chosen ?? cachedStoreForCode(null);
}

/** The page's search params, from the query segment (only the keys catalog pages read). */
export function catalogSearchParams(segments: CatalogSegments) {
  return searchParamsOf(realSegment(segments.query));
}

export { placeholderParams, realSegment };
