import { z } from "zod";
import { translator } from "@/lib/i18n/translator";
import { MAX_LINE_QUANTITY } from "./limits";

const t = translator("failures");

export const skuIdSchema = z.string().uuid(t("cart.productNotFound"));

export const cartQuantitySchema = z.coerce
  .number({ error: t("cart.quantityRequired") })
  .int(t("cart.wholeNumber"))
  .min(1, t("cart.quantityMin"))
  .max(MAX_LINE_QUANTITY, t("cart.quantityMax", { max: MAX_LINE_QUANTITY }));

export const addToCartSchema = z.object({ skuId: skuIdSchema, quantity: cartQuantitySchema.default(1) });
export const setCartQuantitySchema = z.object({ skuId: skuIdSchema, quantity: cartQuantitySchema });
export const removeFromCartSchema = z.object({ skuId: skuIdSchema });

export type AddToCartInput = z.infer<typeof addToCartSchema>;
