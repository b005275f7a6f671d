import "server-only";
import { cookies, headers } from "next/headers";
import { GUEST_CART_COOKIE, GUEST_CART_MAX_AGE } from "@/lib/cart/cookie";
import { getCurrentCart } from "@/lib/cart/current-cart";
import { getOrCreateCart, newGuestToken, type CartOwner, type CartRef } from "@/lib/cart/service";
import { getDb } from "@/lib/db";
import { STORE_COOKIE, storeCookieOptions } from "@/lib/stores/cookie";

/**
 * In-store mode's store is the one in the URL (the shelf label or the in-store home), and it
 * becomes the shopper's store for every channel: the same cookie "Make this my store" sets.
 */
export async function rememberStore(storeCode: string) {
  const jar = await cookies();
  if (jar.get(STORE_COOKIE)?.value === storeCode) return;
  jar.set(STORE_COOKIE, storeCode, storeCookieOptions());
}

/** The shopper's one cart (account or guest), created on first scan. */
export async function ensureBasket(storeId: string): Promise<{ cart: CartRef; owner: CartOwner; userId: string | null }> {
  const current = await getCurrentCart();
  if (current.cart && current.owner) return { cart: current.cart, owner: current.owner, userId: current.user?.id ?? null };
  const db = await getDb();
  if (current.user) {
    const owner: CartOwner = { userId: current.user.id };
    return { cart: await getOrCreateCart(db, { owner, storeId }), owner, userId: current.user.id };
  }
  const owner: CartOwner = { guestToken: newGuestToken() };
  const cart = await getOrCreateCart(db, { owner, storeId });
  const secure = process.env.NODE_ENV === "production" && (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim() !== "http";
  (await cookies()).set(GUEST_CART_COOKIE, owner.guestToken!, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: GUEST_CART_MAX_AGE });
  return { cart, owner, userId: null };
}
