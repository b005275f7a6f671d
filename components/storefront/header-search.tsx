"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { SearchSuggest } from "@/components/catalog/search-suggest";

/**
 * The header's search box. On /search it holds the query the results are for, so a shopper
 * can refine it; anywhere else it starts empty (keyed on the query, so it follows navigation).
 */
export function HeaderSearch({ className }: { className?: string }) {
  const pathname = usePathname();
  const params = useSearchParams();
  const query = pathname === "/search" ? (params.get("q") ?? "") : "";
  return <SearchSuggest key={query} className={className} defaultValue={query} />;
}
