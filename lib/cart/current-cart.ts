import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import type { PublicActor, ShopperActor } from "@/lib/auth/actor";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { getDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { STORE_COOKIE, storeCodeFromCookie } from "@/lib/stores/cookie";
import { getCurrentStore } from "@/lib/stores/current-store";
import { getFirstStore, getStoreByCode, getStoreById, type StoreDetail } from "@/lib/stores/queries";
import { GUEST_CART_COOKIE, GUEST_CART_MAX_AGE } from "./cookie";
import { findCart, mergeGuestCart, newGuestToken, type CartOwner, type CartRef } from "./service";

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

/**
 * For actions: the shopper's store as getCurrentStore finds it (the store cookie, else the
 * signed-in user's preferred store, else the first), for the user the action client already
 * read — getCurrentStore would read the user again (React's cache() does not dedupe inside a
 * server action).
 */
export async function storeOfActor(db: Db, actor: PublicActor | ShopperActor): Promise<StoreDetail | null> {
  const code = storeCodeFromCookie((await cookies()).get(STORE_COOKIE)?.value);
  if (code) {
    const store = await getStoreByCode(db, { code });
    if (store) return store;
  }
  if (actor.user) {
    const [row] = await db.select({ preferredStoreId: users.preferredStoreId }).from(users).where(eq(users.id, actor.user.id));
    const preferred = row?.preferredStoreId ? await getStoreById(db, { id: row.preferredStoreId }) : null;
    if (preferred) return preferred;
  }
  return getFirstStore(db);
}

/**
 * For actions that change the cart: whose cart it is (null: a guest without one yet) and the
 * store it is checked against, without reading the cart itself — the service finds and locks it
 * in its transaction. A signed-in caller still holding a guest cart gets it merged first, and
 * the guest cookie goes (an action can clear it; a page can't).
 */
export async function actorCartOwner(db: Db, actor: PublicActor | ShopperActor): Promise<{ owner: CartOwner | null; store: StoreDetail }> {
  const [store, token] = await Promise.all([storeOfActor(db, actor), guestTokenFromCookie()]);
  if (!store) throw new AppError("not_found", t("cart.chooseStoreFirst"));
  if (actor.user) {
    if (token) {
      await mergeGuestCart(db, { userId: actor.user.id, guestToken: token, storeId: store.id });
      await clearGuestCartCookie();
    }
    return { owner: { userId: actor.user.id }, store };
  }
  return { owner: token ? { guestToken: token } : null, store };
}

/** A new guest's cart owner: a fresh token (never one from a stale cookie: a token is only ever good for one cart). */
export function newGuestOwner(): CartOwner {
  return { guestToken: newGuestToken() };
}

/** After a guest's first cart was created: the cookie that names it from now on. */
export async function setGuestCartCookie(owner: CartOwner) {
  if (!owner.guestToken) return;
  (await cookies()).set(GUEST_CART_COOKIE, owner.guestToken, {
    httpOnly: true,
    sameSite: "lax",
    secure: await cookieIsSecure(),
    path: "/",
    maxAge: GUEST_CART_MAX_AGE,
  });
}

/** After a merge the guest cookie has nothing left to point at. */
export async function clearGuestCartCookie() {
  (await cookies()).delete(GUEST_CART_COOKIE);
}

export { guestTokenFromCookie };
