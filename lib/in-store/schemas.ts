import { z } from "zod";
import { paymentFields } from "@/lib/checkout/schemas";
import { KIOSK_CODE } from "@/lib/in-store/kiosk/channels";
import { translator } from "@/lib/i18n/translator";
import { storeCodeSchema, uuidSchema } from "@/lib/validation";

const t = translator("inStore");

/** "Pay" in scan-and-go or at a kiosk hand-over. Money never comes from the client. */
export const inStorePaySchema = z.object({
  idempotencyKey: z.string().uuid(t("input.paymentExpired")),
  ...paymentFields,
});

export type InStorePayInput = z.infer<typeof inStorePaySchema>;

/** "Pay" on the phone: the store, and the kiosk when the basket was handed to one. */
export const payInStoreSchema = inStorePaySchema.extend({
  storeCode: storeCodeSchema,
  kiosk: z.union([z.literal(""), z.string().regex(KIOSK_CODE, t("input.unknownKiosk"))]).optional(),
});

export const gtinParamSchema = z.string().regex(/^\d{8,14}$/);

/** A number (or digits): z.coerce alone would read null, false, "" and [] as 0, which removes the line. */
function basketQuantity(min: number, message?: string) {
  return z.union([z.number(), z.string().trim().min(1, t("input.chooseQuantity"))], { error: t("input.chooseQuantity") }).pipe(
    z.coerce
      .number<string | number>({ error: t("input.chooseQuantity") })
      .int(t("input.wholeNumber"))
      .min(min, message)
      .max(99, t("input.upTo99")),
  );
}

/** A basket line in a store: which store's shelf, which SKU. */
export const basketLineRefSchema = z.object({
  storeCode: storeCodeSchema,
  skuId: uuidSchema(t("input.productNotFound")),
});

/** "Add to basket": at least one. */
export const addToBasketSchema = basketLineRefSchema.extend({ quantity: basketQuantity(1, t("input.atLeastOne")) });

/** The quantity stepper; 0 removes the line. */
export const setBasketQuantitySchema = basketLineRefSchema.extend({ quantity: basketQuantity(0) });

/** A scanned label's store, to make it the shopper's store. */
export const rememberStoreSchema = z.object({ storeCode: storeCodeSchema });

/** The shopper's own exit pass, by its order. */
export const exitPassRefSchema = z.object({ orderId: uuidSchema(t("input.passNotFound")) });

/** Staff at the exit: a scanned or typed pass (a real one is well under 300 characters; longer is forged). */
export const verifyExitPassSchema = z.object({
  storeCode: storeCodeSchema,
  token: z
    .string()
    .trim()
    .min(1, t("input.scanPass"))
    .transform((token) => token.slice(0, 301)),
});
