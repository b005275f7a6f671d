"use client";

import { QueryClientContext } from "@tanstack/react-query";
import { useContext, useEffect } from "react";
import { CART_QUERY_KEY } from "@/components/cart/cart-query";

/** After an order is placed the cart is empty: the header badge learns it at once. */
export function CartRefresh() {
  const client = useContext(QueryClientContext);
  useEffect(() => {
    if (!client) return;
    client.setQueryData(CART_QUERY_KEY, { count: 0, subtotalCents: 0, currency: "USD" });
    void client.invalidateQueries({ queryKey: CART_QUERY_KEY });
  }, [client]);
  return null;
}
