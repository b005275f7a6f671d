"use server";

import { refresh } from "next/cache";
import { publicAction, shopperAction } from "@/lib/actions/client";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { getCurrentStore } from "@/lib/stores/current-store";
import { actorCartOwner, clearGuestCartCookie, guestTokenFromCookie, newGuestOwner, setGuestCartCookie } from "./current-cart";
import { addToCartSchema, removeFromCartSchema, setCartQuantitySchema } from "./schemas";
import { addToOwnCart, findCart, listCartLines, mergeGuestCart, removeFromOwnCart, setOwnCartQuantity, type CartOwner } from "./service";

const tFailures = translator("failures");

export type CartChangeResult = {
  /** Units now in the cart, for the header badge. */
  count: number;
  /** The line's quantity after the change (0 when removed). */
  quantity: number;
  /** Said when the cart holds less than asked: "Only 2 left at Aisle Capitol Hill". */
  message: string | null;
};

async function countOf(db: Db, cartId: string) {
  const lines = await listCartLines(db, { cartId });
  return lines.reduce((n, line) => n + line.quantity, 0);
}

// Only the cart page's own changes refresh it: refreshing from a product page would make
// Next.js render that whole page again for each "Add to cart" (the badge updates by itself).

/**
 * "Add to cart": adds to the shopper's one cart (account or guest), checked against my store's
 * stock. The caller and the store are read once; the cart is found, locked and written in one
 * short transaction, which also answers the units now in it.
 */
export const addToCartAction = publicAction("cart.add")
  .input(addToCartSchema)
  .action(async ({ actor, input, db }): Promise<CartChangeResult> => {
    const { owner, store } = await actorCartOwner(db, actor);
    const add = (to: CartOwner, create: boolean) => addToOwnCart(db, { owner: to, create, storeId: store.id, ...input });
    // A guest's first add (or a cookie whose cart is gone) starts a cart under a fresh token.
    let change = owner ? await add(owner, actor.user !== null) : null;
    if (!change) {
      const guest = newGuestOwner();
      change = (await add(guest, true))!;
      await setGuestCartCookie(guest);
    }
    return { count: change.count, quantity: change.quantity, message: change.message };
  });

export const setCartQuantityAction = publicAction("cart.setQuantity")
  .input(setCartQuantitySchema)
  .action(async ({ actor, input, db }): Promise<CartChangeResult> => {
    const { owner, store } = await actorCartOwner(db, actor);
    if (!owner) throw new AppError("not_found", tFailures("cart.lineGone"));
    const change = await setOwnCartQuantity(db, { owner, storeId: store.id, ...input });
    refresh();
    return { count: change.count, quantity: change.quantity, message: change.message };
  });

export const removeFromCartAction = publicAction("cart.remove")
  .input(removeFromCartSchema)
  .action(async ({ actor, input, db }): Promise<CartChangeResult> => {
    const { owner } = await actorCartOwner(db, actor);
    const count = owner ? await removeFromOwnCart(db, { owner, skuId: input.skuId }) : 0;
    refresh();
    return { count, quantity: 0, message: null };
  });

/**
 * For the sign-in form, right after a successful sign-in: moves the guest cart into the
 * account and drops the guest cookie; answers the units now in the cart. Safe to call any
 * number of times; the cart resolver does the same merge lazily if this is never called.
 */
export const mergeGuestCartAction = shopperAction("cart.mergeGuest").action(async ({ actor, db }): Promise<{ count: number }> => {
  const token = await guestTokenFromCookie();
  if (token) {
    const store = await getCurrentStore(db);
    await mergeGuestCart(db, { userId: actor.user.id, guestToken: token, storeId: store?.id ?? null });
    await clearGuestCartCookie();
    refresh();
  }
  const cart = await findCart(db, { userId: actor.user.id });
  return { count: cart ? await countOf(db, cart.id) : 0 };
});
