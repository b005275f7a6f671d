import { z } from "zod";

/** "Pay" in scan-and-go or at a kiosk hand-over. Money never comes from the client. */
export const inStorePaySchema = z.object({
  idempotencyKey: z.string().uuid("This payment expired. Reload the page."),
  couponCode: z
    .string()
    .trim()
    .max(32, "That code is too long.")
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
});

export type InStorePayInput = z.infer<typeof inStorePaySchema>;

export const gtinParamSchema = z.string().regex(/^\d{8,14}$/);
