"use client";

import { QueryClientContext } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useContext } from "react";
import type { CartCount } from "@/lib/cart/types";

export const CART_QUERY_KEY = ["cart"] as const;

export async function fetchCartCount(): Promise<CartCount> {
  const response = await fetch("/api/cart", { cache: "no-store", headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`Cart request failed: ${response.status}`);
  return response.json();
}

/**
 * After a cart change: sets the badge's count at once and refetches the subtotal. Without a
 * query cache on the page (no <Providers>), it refreshes the server components instead.
 */
export function useCartChanged() {
  const client = useContext(QueryClientContext);
  const router = useRouter();
  return useCallback(
    (count?: number) => {
      if (!client) {
        router.refresh();
        return;
      }
      if (count !== undefined) {
        client.setQueryData<CartCount>(CART_QUERY_KEY, (old) => ({ subtotalCents: 0, currency: "USD", ...old, count }));
      }
      void client.invalidateQueries({ queryKey: CART_QUERY_KEY });
    },
    [client, router],
  );
}
