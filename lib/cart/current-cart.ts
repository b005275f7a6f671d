import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import type { PublicActor, ShopperActor } from "@/lib/auth/actor";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { getDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { getCurrentStore } from "@/lib/stores/current-store";
import type { StoreDetail } from "@/lib/stores/queries";
import { GUEST_CART_COOKIE, GUEST_CART_MAX_AGE } from "./cookie";
import { findCart, getOrCreateCart, mergeGuestCart, newGuestToken, type CartOwner, type CartRef } from "./service";

const t = translator("failures");

export type CurrentCart = {
  cart: CartRef | null;
  owner: CartOwner | null;
  store: StoreDetail | null;
  user: SessionUser | null;
};

async function guestTokenFromCookie() {
  const token = (await cookies()).get(GUEST_CART_COOKIE)?.value;
  return token && /^[A-Za-z0-9_-]{16,64}$/.test(token) ? token : null;
}

/**
 * The cart of `user` (a guest when null). A signed-in shopper whose browser still holds a guest
 * cart gets it merged into the account here, lazily and idempotently — so the merge happens
 * whichever page or action is hit first after sign-in.
 */
async function cartOf(db: Db, user: SessionUser | null): Promise<CurrentCart> {
  const [store, token] = await Promise.all([getCurrentStore(db), guestTokenFromCookie()]);
  if (user) {
    if (token) await mergeGuestCart(db, { userId: user.id, guestToken: token, storeId: store?.id ?? null });
    return { cart: await findCart(db, { userId: user.id }), owner: { userId: user.id }, store, user };
  }
  if (token) return { cart: await findCart(db, { guestToken: token }), owner: { guestToken: token }, store, user: null };
  return { cart: null, owner: null, store, user: null };
}

/** For pages and route handlers: the cart of whoever is asking, once per request. */
export const getCurrentCart = cache(async (): Promise<CurrentCart> => cartOf(await getDb(), await getCurrentUser()));

/** For actions: the cart of the caller the action client resolved. */
export async function cartOfActor(db: Db, actor: PublicActor | ShopperActor): Promise<CurrentCart> {
  return cartOf(db, actor.user);
}

async function cookieIsSecure() {
  if (process.env.NODE_ENV !== "production") return false;
  // Behind TLS (directly or via a proxy) the cookie is Secure; a plain-http demo still works.
  return (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim() !== "http";
}

/** For actions: the caller's cart, created (and its cookie set) if needed. */
export async function ensureCurrentCart(
  db: Db,
  actor: PublicActor | ShopperActor,
): Promise<{ cart: CartRef; owner: CartOwner; store: StoreDetail; user: SessionUser | null }> {
  const current = await cartOf(db, actor.user);
  if (!current.store) throw new AppError("not_found", t("cart.chooseStoreFirst"));
  if (current.cart && current.owner) return { ...current, cart: current.cart, owner: current.owner, store: current.store };

  if (current.user) {
    const owner: CartOwner = { userId: current.user.id };
    return { cart: await getOrCreateCart(db, { owner, storeId: current.store.id }), owner, store: current.store, user: current.user };
  }
  // A fresh token, never one from a stale cookie: a token is only ever good for one cart.
  const owner: CartOwner = { guestToken: newGuestToken() };
  const cart = await getOrCreateCart(db, { owner, storeId: current.store.id });
  (await cookies()).set(GUEST_CART_COOKIE, owner.guestToken!, {
    httpOnly: true,
    sameSite: "lax",
    secure: await cookieIsSecure(),
    path: "/",
    maxAge: GUEST_CART_MAX_AGE,
  });
  return { cart, owner, store: current.store, user: null };
}

/** After a merge the guest cookie has nothing left to point at. */
export async function clearGuestCartCookie() {
  (await cookies()).delete(GUEST_CART_COOKIE);
}

export { guestTokenFromCookie };
