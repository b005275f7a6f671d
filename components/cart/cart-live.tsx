"use client";

import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import type { CartCount } from "@/lib/cart/types";
import { CART_QUERY_KEY, fetchCartCount } from "./cart-fetch";

/**
 * The cart badge's TanStack Query cache, loaded on demand by ./cart-query (never on the first
 * load). One client for the page, outside React, so a cart change made before the badge
 * re-renders is not lost.
 */
const client = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: true } },
});

export function applyCartChange(count?: number) {
  if (count !== undefined) {
    client.setQueryData<CartCount>(CART_QUERY_KEY, (old) => ({ subtotalCents: 0, currency: "USD", ...old, count }));
  }
  void client.invalidateQueries({ queryKey: CART_QUERY_KEY });
}

export type LiveCartCountProps = { initialCount: number; onCount: (count: number) => void };

/** Follows the cart query and reports its count to the badge (renders nothing itself). */
export function LiveCartCount(props: LiveCartCountProps) {
  return (
    <QueryClientProvider client={client}>
      <FollowCart {...props} />
    </QueryClientProvider>
  );
}

function FollowCart({ initialCount, onCount }: LiveCartCountProps) {
  const { data } = useQuery<CartCount>({
    queryKey: CART_QUERY_KEY,
    queryFn: fetchCartCount,
    // The server's count, already some time old when the badge goes live (the tab regained
    // focus, or the cart changed elsewhere): refetched at once, shown meanwhile.
    initialData: { count: initialCount, subtotalCents: 0, currency: "USD" },
    initialDataUpdatedAt: 0,
  });

  // When the server renders the layout again (after a server action), its count is fresh.
  const lastInitial = useRef(initialCount);
  useEffect(() => {
    if (lastInitial.current === initialCount) return;
    lastInitial.current = initialCount;
    client.setQueryData<CartCount>(CART_QUERY_KEY, (old) => ({ subtotalCents: 0, currency: "USD", ...old, count: initialCount }));
  }, [initialCount]);

  const count = data?.count;
  useEffect(() => {
    if (count !== undefined) onCount(count);
  }, [count, onCount]);
  return null;
}
