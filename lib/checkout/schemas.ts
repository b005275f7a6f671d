import { z } from "zod";
import { emailSchema } from "@/lib/auth/schemas";

const text = (label: string, max = 120) =>
  z.string().trim().min(1, `Enter ${label}.`).max(max, `Keep ${label} under ${max} characters.`);
const optionalText = (max = 120) =>
  z.string().trim().max(max, `Keep this under ${max} characters.`).optional().transform((v) => v || undefined);

/** Coupon and card fields: the same on every channel that takes a payment (web, scan-and-go, kiosk). */
export const paymentFields = {
  couponCode: z
    .string()
    .trim()
    .max(32, "That code is too long.")
    .regex(/^[\p{L}\p{N}_-]*$/u, "Codes are letters and numbers only.")
    .optional()
    .transform((v) => v?.toUpperCase() || undefined),
  cardNumber: z
    .string()
    .transform((v) => v.replace(/[\s-]/g, ""))
    .pipe(z.string().regex(/^\d{12,19}$/, "Enter your card number.")),
  cardExpiry: z
    .string()
    .trim()
    .regex(/^(0[1-9]|1[0-2])\s*\/\s*(\d{2}|\d{4})$/, "Use MM/YY."),
  cardCvc: z.string().trim().regex(/^\d{3,4}$/, "3 or 4 digits."),
};

/** The checkout form, as the server accepts it. Prices and totals are never part of it. */
export const checkoutSchema = z
  .object({
    idempotencyKey: z.string().uuid("This checkout expired. Reload the page."),
    fulfilment: z.enum(["delivery", "pickup", "curbside"], { error: "Choose delivery or pickup." }),
    storeId: z.string().uuid("Choose a store."),
    slot: z.string().optional(),
    contactName: text("your name", 80),
    contactEmail: emailSchema,
    contactPhone: z
      .string()
      .trim()
      .max(30)
      .regex(/^[+\d\s().-]*$/, "Enter a valid phone number.")
      .optional()
      .transform((v) => v || undefined),
    addressLine1: optionalText(),
    addressLine2: optionalText(),
    city: optionalText(80),
    region: optionalText(40),
    postalCode: optionalText(12),
    ...paymentFields,
  })
  .superRefine((value, ctx) => {
    if (value.fulfilment === "delivery") {
      if (!value.addressLine1) ctx.addIssue({ code: "custom", path: ["addressLine1"], message: "Enter your street address." });
      if (!value.city) ctx.addIssue({ code: "custom", path: ["city"], message: "Enter your city." });
      if (!value.region) ctx.addIssue({ code: "custom", path: ["region"], message: "Enter your state." });
      if (!value.postalCode || !/^\d{5}(-\d{4})?$/.test(value.postalCode)) {
        ctx.addIssue({ code: "custom", path: ["postalCode"], message: "Enter a 5-digit ZIP code." });
      }
    } else if (!value.slot || Number.isNaN(Date.parse(value.slot))) {
      ctx.addIssue({ code: "custom", path: ["slot"], message: "Choose a pickup time." });
    }
  });

export type CheckoutInput = z.infer<typeof checkoutSchema>;

/** A re-pricing of the checkout: the shopper changed store, fulfilment or coupon ("Apply"). */
export const checkoutQuoteSchema = z.object({
  storeId: z.string().uuid("Choose a store from the list."),
  fulfilment: z.enum(["pickup", "curbside", "delivery"]),
  couponCode: z
    .string()
    .trim()
    .max(32, "That code is too long.")
    .optional()
    .transform((v) => v?.toUpperCase() || undefined),
});

export function parseExpiry(expiry: string) {
  const [month, year] = expiry.split("/").map((part) => Number(part.trim()));
  return { expMonth: month, expYear: year < 100 ? 2000 + year : year };
}
