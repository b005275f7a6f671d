"use server";

import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError, isAppError, type ErrorCode } from "@/lib/errors";
import { getCurrentStore } from "@/lib/stores/current-store";
import { clearGuestCartCookie, ensureCurrentCart, guestTokenFromCookie } from "./current-cart";
import { addToCartSchema, removeFromCartSchema, setCartQuantitySchema } from "./schemas";
import { addToCart, findCart, listCartLines, mergeGuestCart, removeFromCart, setCartQuantity } from "./service";

export type CartActionResult =
  | {
      ok: true;
      /** Units now in the cart, for the header badge. */
      count: number;
      /** The line's quantity after the change (0 when removed). */
      quantity: number;
      /** Said when the cart holds less than asked: "Only 2 left at Aisle Capitol Hill". */
      message: string | null;
    }
  | { ok: false; error: string; code: ErrorCode | "server_error" };

function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid_input", parsed.error.issues[0]?.message ?? "Please check your input.");
  return parsed.data;
}

async function countOf(cartId: string) {
  const lines = await listCartLines(await getDb(), { cartId });
  return lines.reduce((n, line) => n + line.quantity, 0);
}

/**
 * Every cart action: whose cart → validate → service → revalidate; typed errors become messages.
 * Only the cart page's own changes revalidate it: revalidating from a product page would make
 * Next.js render that whole page again for each "Add to cart" (the badge updates by itself).
 */
async function run(
  change: () => Promise<{ cartId: string; quantity: number; message: string | null }>,
  { revalidateCart }: { revalidateCart: boolean },
): Promise<CartActionResult> {
  try {
    const result = await change();
    if (revalidateCart) revalidatePath("/cart");
    return { ok: true, count: await countOf(result.cartId), quantity: result.quantity, message: result.message };
  } catch (error) {
    unstable_rethrow(error);
    if (isAppError(error)) return { ok: false, error: error.message, code: error.code };
    console.error("[cart] unexpected error:", error);
    return { ok: false, error: "Something went wrong on our side. Please try again.", code: "server_error" };
  }
}

/** "Add to cart": adds to the shopper's one cart (account or guest), checked against my store's stock. */
export async function addToCartAction(skuId: string, quantity = 1): Promise<CartActionResult> {
  return run(async () => {
    const input = parse(addToCartSchema, { skuId, quantity });
    const { cart, owner, store } = await ensureCurrentCart();
    const change = await addToCart(await getDb(), { cartId: cart.id, ...owner, storeId: store.id, ...input });
    return { cartId: cart.id, quantity: change.quantity, message: change.message };
  }, { revalidateCart: false });
}

export async function setCartQuantityAction(skuId: string, quantity: number): Promise<CartActionResult> {
  return run(async () => {
    const input = parse(setCartQuantitySchema, { skuId, quantity });
    const { cart, owner, store } = await ensureCurrentCart();
    const change = await setCartQuantity(await getDb(), { cartId: cart.id, ...owner, storeId: store.id, ...input });
    return { cartId: cart.id, quantity: change.quantity, message: change.message };
  }, { revalidateCart: true });
}

export async function removeFromCartAction(skuId: string): Promise<CartActionResult> {
  return run(async () => {
    const input = parse(removeFromCartSchema, { skuId });
    const { cart, owner } = await ensureCurrentCart();
    await removeFromCart(await getDb(), { cartId: cart.id, ...owner, skuId: input.skuId });
    return { cartId: cart.id, quantity: 0, message: null };
  }, { revalidateCart: true });
}

/**
 * For the sign-in form, right after a successful sign-in: moves the guest cart into the
 * account and drops the guest cookie. Safe to call any number of times; the cart resolver
 * does the same merge lazily if this is never called.
 */
export async function mergeGuestCartAction(): Promise<{ ok: boolean; count: number }> {
  try {
    const user = await getCurrentUser();
    if (!user) return { ok: false, count: 0 };
    const db = await getDb();
    const token = await guestTokenFromCookie();
    if (token) {
      const store = await getCurrentStore(db);
      await mergeGuestCart(db, { userId: user.id, guestToken: token, storeId: store?.id ?? null });
      await clearGuestCartCookie();
      revalidatePath("/", "layout");
    }
    const cart = await findCart(db, { userId: user.id });
    return { ok: true, count: cart ? await countOf(cart.id) : 0 };
  } catch (error) {
    console.error("[cart] merge failed:", error);
    return { ok: false, count: 0 };
  }
}
