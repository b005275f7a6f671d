import { z } from "zod";
import { translator } from "@/lib/i18n/translator";
import { STORE_CODE, uuidSchema as uuid } from "@/lib/validation";

const t = translator("failures");

export { fieldErrorsOf } from "@/lib/validation";

/** The store a staff form acts in: the staff action client authorises the caller there. */
const storeCode = z.string().regex(STORE_CODE, t("fulfilment.unknownStore"));

export const orderRefSchema = z.object({ storeCode, orderId: uuid(t("fulfilment.orderNotFound")) });

export const pickLineSchema = z
  .object({
    storeCode,
    orderId: uuid(t("fulfilment.orderNotFound")),
    lineId: uuid(t("fulfilment.lineNotFound")),
    outcome: z.enum(["picked", "short", "substituted"], { message: t("fulfilment.chooseOutcome") }),
    // A blank field (the substitute form has none to fill) is "not given", not zero.
    foundQuantity: z.preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
      z.coerce
        .number({ message: t("fulfilment.howManyFound") })
        .int(t("fulfilment.wholeUnits"))
        .min(0, t("fulfilment.notNegative"))
        .optional(),
    ),
    substitute: z
      .string()
      .trim()
      .max(40, t("fulfilment.codeTooLong"))
      .regex(/^[A-Za-z0-9-]*$/, t("fulfilment.skuOrBarcode"))
      .optional(),
  })
  .superRefine((input, ctx) => {
    if (input.outcome === "short" && input.foundQuantity === undefined) {
      ctx.addIssue({ code: "custom", path: ["foundQuantity"], message: t("fulfilment.howManyFound") });
    }
    if (input.outcome === "substituted" && !input.substitute) {
      ctx.addIssue({ code: "custom", path: ["substitute"], message: t("fulfilment.substituteCode") });
    }
  });

/** A line's pick as the service takes it (the store comes with the actor). */
export type PickLineInput = Omit<z.infer<typeof pickLineSchema>, "storeCode">;

export const pickupCodeSchema = z.object({
  storeCode,
  code: z.string().trim().min(1, t("fulfilment.pickupCodeRequired")).max(200, t("fulfilment.notAPickupCode")),
});

export const handOverSchema = pickupCodeSchema.extend({ orderId: uuid(t("fulfilment.orderNotFound")) });

export const cancelSchema = z.object({
  storeCode,
  orderId: uuid(t("fulfilment.orderNotFound")),
  reason: z.string().trim().min(3, t("fulfilment.cancelReason")).max(200, t("fulfilment.cancelReasonTooLong")),
});

export const substitutionReviewSchema = z.object({
  orderId: uuid(t("fulfilment.orderNotFound")),
  lineId: uuid(t("fulfilment.lineNotFound")),
  decision: z.enum(["accepted", "rejected"], { message: t("fulfilment.acceptOrReject") }),
});

export type SubstitutionReviewInput = z.infer<typeof substitutionReviewSchema>;
