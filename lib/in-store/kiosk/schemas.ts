import { z } from "zod";
import { translator } from "@/lib/i18n/translator";
import { inStorePaySchema } from "@/lib/in-store/schemas";
import { storeCodeSchema } from "@/lib/validation";
import { KIOSK_CODE } from "./channels";

/** A kiosk: its store and its code. */
export const kioskRefSchema = z.object({
  storeCode: storeCodeSchema,
  kioskCode: z.string().regex(KIOSK_CODE, translator("kiosk")("errors.unknownKiosk")),
});

/** The shopper's phone confirms the hand-over with the token from the kiosk's QR. */
export const joinKioskSchema = kioskRefSchema.extend({ token: z.string().max(64) });

/** "Pay here" at the kiosk: the card, for the basket handed to this kiosk. */
export const payAtKioskSchema = inStorePaySchema.extend(kioskRefSchema.shape);
