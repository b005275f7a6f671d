"use client";

import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import type { CartCount } from "@/lib/cart/types";
import { CartLink } from "./cart-link";
import { CART_QUERY_KEY, fetchCartCount } from "./cart-query";

/**
 * The cart badge's TanStack Query cache and the badge that follows it, loaded on demand by
 * ./cart-query (never on the first load). One client for the page, outside React, so a cart
 * change made before the badge re-renders is not lost.
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

export function LiveCartBadge(props: { initialCount: number; className?: string }) {
  return (
    <QueryClientProvider client={client}>
      <Badge {...props} />
    </QueryClientProvider>
  );
}

function Badge({ initialCount, className }: { initialCount: number; className?: string }) {
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

  return <CartLink count={data?.count ?? initialCount} className={className} />;
}
