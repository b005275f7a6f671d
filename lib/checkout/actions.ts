"use server";

import { shopperAction } from "@/lib/actions/client";
import { quoteCheckout } from "@/lib/cart/checkout-quote";
import { cartOfActor, guestTokenFromCookie } from "@/lib/cart/current-cart";
import type { CheckoutQuote } from "@/lib/cart/types";
import { translator } from "@/lib/i18n/translator";
import { checkoutQuoteSchema, checkoutSchema } from "./schemas";
import { placeOrder } from "./service";

const t = translator("checkout");

/**
 * "Place order": the client checks the shopper and parses the form → placeOrder (idempotent,
 * prices everything itself, finds the shopper's cart in its own first read) → the order's id and
 * number, and the form navigates to the order page itself (nothing is rendered here). A declined
 * card answers `payment_declined`: the form then starts a new attempt with a new key. Card fields
 * never travel back (echoValues).
 */
export const placeOrderAction = shopperAction("checkout.placeOrder", { signInMessage: t("errors.sessionEnded") })
  .input(checkoutSchema)
  .action(async ({ actor, input, db }): Promise<{ orderId: string; number: string }> => {
    // A guest cart still in this browser is merged first (cartOfActor), as on every page.
    const cartId = (await guestTokenFromCookie()) ? (await cartOfActor(db, actor)).cart?.id : undefined;
    const placed = await placeOrder(db, { userId: actor.user.id, cartId, input });
    return { orderId: placed.orderId, number: placed.number };
  });

/**
 * Re-prices the checkout when the shopper changes store, fulfilment or coupon ("Apply"):
 * the coupon lives in the checkout form, never on the cart.
 */
export const quoteCheckoutAction = shopperAction("checkout.quote", { signInMessage: t("errors.sessionEnded") })
  .input(checkoutQuoteSchema)
  .action(async ({ actor, input, db }): Promise<CheckoutQuote> => {
    const { cart } = await cartOfActor(db, actor);
    return quoteCheckout(db, { cartId: cart?.id ?? null, userId: actor.user.id, ...input });
  });
