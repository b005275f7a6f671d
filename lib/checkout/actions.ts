"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { shopperAction } from "@/lib/actions/client";
import { quoteCheckout } from "@/lib/cart/checkout-quote";
import { cartOfActor } from "@/lib/cart/current-cart";
import type { CheckoutQuote } from "@/lib/cart/types";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { checkoutQuoteSchema, checkoutSchema } from "./schemas";
import { placeOrder } from "./service";

const t = translator("checkout");

/**
 * "Place order": the client checks the shopper and parses the form → placeOrder (idempotent,
 * prices everything itself) → the order page. A declined card answers `payment_declined`: the
 * form then starts a new attempt with a new key. Card fields never travel back (echoValues).
 */
export const placeOrderAction = shopperAction("checkout.placeOrder", { signInMessage: t("errors.sessionEnded") })
  .input(checkoutSchema)
  .action(async ({ actor, input, db }): Promise<never> => {
    const { cart } = await cartOfActor(db, actor);
    if (!cart) throw new AppError("invalid_input", t("errors.emptyCart"));
    const placed = await placeOrder(db, { userId: actor.user.id, cartId: cart.id, input });
    revalidatePath("/", "layout");
    redirect(`/orders/${placed.orderId}?placed=1`);
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
