import { z } from "zod";
import { STORE_CODE, uuidSchema as uuid } from "@/lib/validation";

export { fieldErrorsOf } from "@/lib/validation";

/** The store a staff form acts in: the staff action client authorises the caller there. */
const storeCode = z.string().regex(STORE_CODE, "Unknown store.");

export const orderRefSchema = z.object({ storeCode, orderId: uuid("We couldn't find that order.") });

export const pickLineSchema = z
  .object({
    storeCode,
    orderId: uuid("We couldn't find that order."),
    lineId: uuid("We couldn't find that line."),
    outcome: z.enum(["picked", "short", "substituted"], { message: "Choose picked, short or substitute." }),
    // A blank field (the substitute form has none to fill) is "not given", not zero.
    foundQuantity: z.preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
      z.coerce.number({ message: "Enter how many you found." }).int("Whole units only.").min(0, "Can't be negative.").optional(),
    ),
    substitute: z
      .string()
      .trim()
      .max(40, "That code is too long.")
      .regex(/^[A-Za-z0-9-]*$/, "Scan or type a SKU code or barcode.")
      .optional(),
  })
  .superRefine((input, ctx) => {
    if (input.outcome === "short" && input.foundQuantity === undefined) {
      ctx.addIssue({ code: "custom", path: ["foundQuantity"], message: "Enter how many you found." });
    }
    if (input.outcome === "substituted" && !input.substitute) {
      ctx.addIssue({ code: "custom", path: ["substitute"], message: "Scan or type the substitute's SKU code or barcode." });
    }
  });

/** A line's pick as the service takes it (the store comes with the actor). */
export type PickLineInput = Omit<z.infer<typeof pickLineSchema>, "storeCode">;

export const pickupCodeSchema = z.object({
  storeCode,
  code: z.string().trim().min(1, "Scan the QR code or type the pickup code.").max(200, "That doesn't look like a pickup code."),
});

export const handOverSchema = pickupCodeSchema.extend({ orderId: uuid("We couldn't find that order.") });

export const cancelSchema = z.object({
  storeCode,
  orderId: uuid("We couldn't find that order."),
  reason: z.string().trim().min(3, "Give a short reason for the shopper.").max(200, "Keep the reason under 200 characters."),
});

export const substitutionReviewSchema = z.object({
  orderId: uuid("We couldn't find that order."),
  lineId: uuid("We couldn't find that line."),
  decision: z.enum(["accepted", "rejected"], { message: "Accept or reject the substitute." }),
});

export type SubstitutionReviewInput = z.infer<typeof substitutionReviewSchema>;
