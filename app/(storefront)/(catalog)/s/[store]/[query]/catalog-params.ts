import "server-only";
import { notFound } from "next/navigation";
import { BUILD_PLACEHOLDER, DEFAULT_SEGMENT, searchParamsOf } from "@/lib/cache/store-routes";
import { cachedStoreForCode } from "@/lib/stores/cached";

/**
 * The internal segments proxy.ts rewrites every catalog URL to (lib/cache/store-routes.ts):
 * the shopper's store and the query the page depends on. Each combination is its own cached page.
 */
export type CatalogSegments = { store: string; query: string };

/**
 * What `next build` prerenders: one placeholder per segment, so Next keeps each store's pages in
 * its page cache once first rendered (routes with no prerendered params are never cached). The
 * placeholder itself is a 404 and reads nothing.
 */
export function placeholderParams<K extends string>(...names: K[]): Record<K, string>[] {
  return [Object.fromEntries(names.map((name) => [name, BUILD_PLACEHOLDER])) as Record<K, string>];
}

/** A real segment value, or a 404 for the build's placeholder (which no URL ever leads to). */
export function realSegment(value: string): string {
  if (value === BUILD_PLACEHOLDER) notFound();
  return value;
}

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
