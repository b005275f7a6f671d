import type { CartCount } from "@/lib/cart/types";

/** The header badge's query: its key and how it reads the cart's count (shared by the badge's two halves). */
export const CART_QUERY_KEY = ["cart"] as const;

export async function fetchCartCount(): Promise<CartCount> {
  const response = await fetch("/api/cart", { cache: "no-store", headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`Cart request failed: ${response.status}`);
  return response.json();
}
