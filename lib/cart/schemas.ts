import { z } from "zod";
import { MAX_LINE_QUANTITY } from "./limits";

export const skuIdSchema = z.string().uuid("We couldn't find that product.");

export const cartQuantitySchema = z.coerce
  .number({ error: "Enter a quantity." })
  .int("Enter a whole number.")
  .min(1, "The quantity must be at least 1.")
  .max(MAX_LINE_QUANTITY, `You can add up to ${MAX_LINE_QUANTITY} of one item.`);

export const addToCartSchema = z.object({ skuId: skuIdSchema, quantity: cartQuantitySchema.default(1) });
export const setCartQuantitySchema = z.object({ skuId: skuIdSchema, quantity: cartQuantitySchema });
export const removeFromCartSchema = z.object({ skuId: skuIdSchema });

export type AddToCartInput = z.infer<typeof addToCartSchema>;
