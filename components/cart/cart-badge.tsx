"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { cn } from "@/components/ui/cn";
import { BagIcon } from "@/components/ui/icons";
import type { CartCount } from "@/lib/cart/types";
import { CART_QUERY_KEY, fetchCartCount } from "./cart-query";

/**
 * The header's cart link with a live count: starts from the count the server rendered, then
 * follows every cart change (add to cart, quantity, checkout) without a page reload.
 * Needs <Providers> above it.
 */
export function CartBadge({ initialCount, className }: { initialCount: number; className?: string }) {
  const client = useQueryClient();
  const { data } = useQuery<CartCount>({
    queryKey: CART_QUERY_KEY,
    queryFn: fetchCartCount,
    // Fresh as rendered; refetched when a cart change invalidates it or the tab regains focus
    // (the same cart may have changed on the shopper's phone in store).
    initialData: { count: initialCount, subtotalCents: 0, currency: "USD" },
  });

  // When the server renders the layout again (after a server action), its count is fresh.
  const lastInitial = useRef(initialCount);
  useEffect(() => {
    if (lastInitial.current === initialCount) return;
    lastInitial.current = initialCount;
    client.setQueryData<CartCount>(CART_QUERY_KEY, (old) => ({ subtotalCents: 0, currency: "USD", ...old, count: initialCount }));
  }, [client, initialCount]);

  const count = data?.count ?? initialCount;
  const label = count === 0 ? "Cart, empty" : `Cart, ${count} ${count === 1 ? "item" : "items"}`;
  return (
    <Link
      href="/cart"
      aria-label={label}
      className={cn("relative inline-flex h-11 items-center gap-2 rounded-full px-3 font-semibold text-ink hover:bg-sand", className)}
    >
      <BagIcon className="size-6" />
      <span className="hidden text-sm lg:inline">Cart</span>
      {count > 0 ? (
        <span
          aria-hidden="true"
          className="absolute top-0.5 left-6 grid h-5 min-w-5 place-items-center rounded-full bg-paprika-600 px-1 text-[0.6875rem] font-bold text-white tabular ring-2 ring-canvas"
        >
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}
