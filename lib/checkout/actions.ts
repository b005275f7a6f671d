"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { quoteCheckout } from "@/lib/cart/checkout-quote";
import { getCurrentCart } from "@/lib/cart/current-cart";
import type { CheckoutQuote } from "@/lib/cart/types";
import { getDb } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import { checkoutSchema } from "./schemas";
import { placeOrder } from "./service";

export type CheckoutFormState = FormState & {
  /** The card was declined: the next submit is a new attempt and needs a new idempotency key. */
  declined?: boolean;
};

const CARD_FIELDS = ["cardNumber", "cardExpiry", "cardCvc"];

const placeOrderForm = formAction(checkoutSchema, async (_input, formData): Promise<CheckoutFormState | void> => {
  const user = await requireUser("/checkout");
  const { cart } = await getCurrentCart();
  if (!cart) throw new AppError("invalid_input", "Your cart is empty.");
  let placed;
  try {
    // placeOrder validates the raw form again and prices everything itself.
    placed = await placeOrder(await getDb(), { userId: user.id, cartId: cart.id, input: Object.fromEntries(formData) });
  } catch (error) {
    if (isAppError(error, "payment_declined")) return { error: error.message, fieldErrors: error.fieldErrors, declined: true };
    throw error;
  }
  revalidatePath("/", "layout");
  redirect(`/orders/${placed.orderId}?placed=1`);
});

/** "Place order": who is calling → validate → placeOrder (idempotent) → the order page. */
export async function placeOrderAction(previous: CheckoutFormState, formData: FormData): Promise<CheckoutFormState> {
  await requireUser("/checkout");
  const state: CheckoutFormState = await placeOrderForm(previous, formData);
  // Card details never travel back to the browser.
  if (state.values) for (const field of CARD_FIELDS) delete state.values[field];
  return state;
}

const quoteSchema = z.object({
  storeId: z.string().uuid("Choose a store from the list."),
  fulfilment: z.enum(["pickup", "curbside", "delivery"]),
  couponCode: z
    .string()
    .trim()
    .max(32, "That code is too long.")
    .optional()
    .transform((v) => v?.toUpperCase() || undefined),
});

export type QuoteResult = { ok: true; quote: CheckoutQuote } | { ok: false; error: string };

/**
 * Re-prices the checkout when the shopper changes store, fulfilment or coupon ("Apply"):
 * the coupon lives in the checkout form, never on the cart.
 */
export async function quoteCheckoutAction(input: z.input<typeof quoteSchema>): Promise<QuoteResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "Your session has ended. Sign in again to check out." };
  const parsed = quoteSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Please check your choices." };
  try {
    const { cart } = await getCurrentCart();
    const quote = await quoteCheckout(await getDb(), { cartId: cart?.id ?? null, userId: user.id, ...parsed.data });
    return { ok: true, quote };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.message };
    console.error("[checkout] quote failed:", error);
    return { ok: false, error: "We couldn't update the prices. Please try again." };
  }
}
