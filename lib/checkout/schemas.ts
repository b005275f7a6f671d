import { z } from "zod";
import { emailSchema } from "@/lib/auth/schemas";
import { translator } from "@/lib/i18n/translator";

const t = translator("failures");

const optionalText = (max = 120) =>
  z
    .string()
    .trim()
    .max(max, t("checkout.optionalTooLong", { max }))
    .optional()
    .transform((v) => v || undefined);

/** Coupon and card fields: the same on every channel that takes a payment (web, scan-and-go, kiosk). */
export const paymentFields = {
  couponCode: z
    .string()
    .trim()
    .max(32, t("checkout.codeTooLong"))
    .regex(/^[\p{L}\p{N}_-]*$/u, t("checkout.codeCharacters"))
    .optional()
    .transform((v) => v?.toUpperCase() || undefined),
  cardNumber: z
    .string()
    .transform((v) => v.replace(/[\s-]/g, ""))
    .pipe(z.string().regex(/^\d{12,19}$/, t("checkout.cardNumber"))),
  cardExpiry: z
    .string()
    .trim()
    .regex(/^(0[1-9]|1[0-2])\s*\/\s*(\d{2}|\d{4})$/, t("checkout.cardExpiry")),
  cardCvc: z
    .string()
    .trim()
    .regex(/^\d{3,4}$/, t("checkout.cardCvc")),
};

/** The checkout form, as the server accepts it. Prices and totals are never part of it. */
export const checkoutSchema = z
  .object({
    idempotencyKey: z.string().uuid(t("checkout.expired")),
    fulfilment: z.enum(["delivery", "pickup", "curbside"], { error: t("checkout.chooseFulfilment") }),
    storeId: z.string().uuid(t("checkout.chooseStore")),
    slot: z.string().optional(),
    contactName: z
      .string()
      .trim()
      .min(1, t("checkout.contactName"))
      .max(80, t("checkout.contactNameTooLong", { max: 80 })),
    contactEmail: emailSchema,
    contactPhone: z
      .string()
      .trim()
      .max(30)
      .regex(/^[+\d\s().-]*$/, t("checkout.phone"))
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
      if (!value.addressLine1) ctx.addIssue({ code: "custom", path: ["addressLine1"], message: t("checkout.street") });
      if (!value.city) ctx.addIssue({ code: "custom", path: ["city"], message: t("checkout.city") });
      if (!value.region) ctx.addIssue({ code: "custom", path: ["region"], message: t("checkout.region") });
      if (!value.postalCode || !/^\d{5}(-\d{4})?$/.test(value.postalCode)) {
        ctx.addIssue({ code: "custom", path: ["postalCode"], message: t("checkout.postalCode") });
      }
    } else if (!value.slot || Number.isNaN(Date.parse(value.slot))) {
      ctx.addIssue({ code: "custom", path: ["slot"], message: t("checkout.pickupTime") });
    }
  });

export type CheckoutInput = z.infer<typeof checkoutSchema>;

/** A re-pricing of the checkout: the shopper changed store, fulfilment or coupon ("Apply"). */
export const checkoutQuoteSchema = z.object({
  storeId: z.string().uuid(t("validation.chooseStore")),
  fulfilment: z.enum(["pickup", "curbside", "delivery"]),
  couponCode: z
    .string()
    .trim()
    .max(32, t("checkout.codeTooLong"))
    .optional()
    .transform((v) => v?.toUpperCase() || undefined),
});

export function parseExpiry(expiry: string) {
  const [month, year] = expiry.split("/").map((part) => Number(part.trim()));
  return { expMonth: month, expYear: year < 100 ? 2000 + year : year };
}
