import { z } from "zod";
import { paymentFields } from "@/lib/checkout/schemas";

/** "Pay" in scan-and-go or at a kiosk hand-over. Money never comes from the client. */
export const inStorePaySchema = z.object({
  idempotencyKey: z.string().uuid("This payment expired. Reload the page."),
  ...paymentFields,
});

export type InStorePayInput = z.infer<typeof inStorePaySchema>;

export const gtinParamSchema = z.string().regex(/^\d{8,14}$/);
