"use client";

import { useEffect } from "react";
import { cartChanged } from "@/components/cart/cart-query";

/** After an order is placed the cart is empty: the header badge learns it at once. */
export function CartRefresh() {
  useEffect(() => {
    void cartChanged(0);
  }, []);
  return null;
}
