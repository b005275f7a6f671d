import "server-only";
import { notFound } from "next/navigation";
import { BUILD_PLACEHOLDER } from "./store-routes";

/**
 * What `next build` prerenders for a cached route's dynamic segments: one placeholder each, so
 * Next keeps each real value's page in its page cache once first rendered (a route with no
 * prerendered params is never cached). The placeholder itself is a 404 and reads nothing.
 */
export function placeholderParams<K extends string>(...names: K[]): Record<K, string>[] {
  return [Object.fromEntries(names.map((name) => [name, BUILD_PLACEHOLDER])) as Record<K, string>];
}

/** A real segment value, or a 404 for the build's placeholder (which no URL ever leads to). */
export function realSegment(value: string): string {
  if (value === BUILD_PLACEHOLDER) notFound();
  return value;
}
