"use server";

import { revalidatePath } from "next/cache";
import { publicAction, shopperAction } from "@/lib/actions/client";
import type { Db } from "@/lib/db";
import { getCurrentStore } from "@/lib/stores/current-store";
import { clearGuestCartCookie, ensureCurrentCart, guestTokenFromCookie } from "./current-cart";
import { addToCartSchema, removeFromCartSchema, setCartQuantitySchema } from "./schemas";
import { addToCart, findCart, listCartLines, mergeGuestCart, removeFromCart, setCartQuantity } from "./service";

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

// Only the cart page's own changes revalidate it: revalidating from a product page would make
// Next.js render that whole page again for each "Add to cart" (the badge updates by itself).

/** "Add to cart": adds to the shopper's one cart (account or guest), checked against my store's stock. */
export const addToCartAction = publicAction("cart.add")
  .input(addToCartSchema)
  .action(async ({ actor, input, db }): Promise<CartChangeResult> => {
    const { cart, owner, store } = await ensureCurrentCart(db, actor);
    const change = await addToCart(db, { cartId: cart.id, ...owner, storeId: store.id, ...input });
    return { count: await countOf(db, cart.id), quantity: change.quantity, message: change.message };
  });

export const setCartQuantityAction = publicAction("cart.setQuantity")
  .input(setCartQuantitySchema)
  .action(async ({ actor, input, db }): Promise<CartChangeResult> => {
    const { cart, owner, store } = await ensureCurrentCart(db, actor);
    const change = await setCartQuantity(db, { cartId: cart.id, ...owner, storeId: store.id, ...input });
    revalidatePath("/cart");
    return { count: await countOf(db, cart.id), quantity: change.quantity, message: change.message };
  });

export const removeFromCartAction = publicAction("cart.remove")
  .input(removeFromCartSchema)
  .action(async ({ actor, input, db }): Promise<CartChangeResult> => {
    const { cart, owner } = await ensureCurrentCart(db, actor);
    await removeFromCart(db, { cartId: cart.id, ...owner, skuId: input.skuId });
    revalidatePath("/cart");
    return { count: await countOf(db, cart.id), quantity: 0, message: null };
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
    revalidatePath("/", "layout");
  }
  const cart = await findCart(db, { userId: actor.user.id });
  return { count: cart ? await countOf(db, cart.id) : 0 };
});
