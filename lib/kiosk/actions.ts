"use server";

import { redirect, unstable_rethrow } from "next/navigation";
import QRCode from "qrcode";
import { getCurrentUser } from "@/lib/auth/session";
import { authorizeStaff } from "@/lib/auth/service";
import { echoValues, type FormState, UNREADABLE_FORM } from "@/lib/actions/form-action";
import { getSiteOrigin } from "@/lib/catalog/site-url";
import { getDb } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import { notifyBasketChanged } from "@/lib/in-store/basket-events";
import { getStoreByCode } from "@/lib/stores/queries";
import { storeCodeSchema } from "@/lib/stores/schemas";
import { KIOSK_CODE } from "./channels";
import { payAtKiosk } from "./pay";
import { getKioskScreenState, type KioskScreenState } from "./screen";
import { startHandover } from "./service";
import { kioskToken } from "./token";

export type KioskQr = { svg: string; url: string; expiresAt: string };

async function kioskStore(storeCode: string, kioskCode: string) {
  if (!KIOSK_CODE.test(String(kioskCode))) throw new AppError("not_found", "Unknown kiosk.");
  const db = await getDb();
  // Kiosks are store devices, signed in by staff.
  const staffStore = await authorizeStaff(db, { user: await getCurrentUser(), storeCode: String(storeCode), permission: "store:view" });
  return { db, store: staffStore };
}

/** The hand-over QR for this 30-second window: the short URL the shopper's phone opens. */
export async function kioskQrAction(storeCode: string, kioskCode: string): Promise<KioskQr | null> {
  try {
    const { store } = await kioskStore(storeCode, kioskCode);
    const { token, expiresAt } = kioskToken(store.code, kioskCode);
    const url = `${await getSiteOrigin()}/kiosk/${store.code}/${kioskCode}/join?t=${token}`;
    const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
    return { svg, url, expiresAt: expiresAt.toISOString() };
  } catch (error) {
    if (!isAppError(error)) console.error("[kiosk] qr error:", error);
    return null;
  }
}

export async function kioskStateAction(storeCode: string, kioskCode: string): Promise<KioskScreenState | null> {
  try {
    const { db, store } = await kioskStore(storeCode, kioskCode);
    return await getKioskScreenState(db, { store, kioskCode });
  } catch (error) {
    if (!isAppError(error)) console.error("[kiosk] state error:", error);
    return null;
  }
}

export type JoinState = { error?: string };

/** The shopper confirms on the phone: the kiosk shows their basket, the phone goes to "Pay". */
export async function joinKioskAction(storeCode: string, kioskCode: string, token: string, _previous: JoinState, _form: FormData): Promise<JoinState> {
  let destination: string;
  try {
    const code = storeCodeSchema.safeParse(storeCode);
    if (!code.success || !KIOSK_CODE.test(String(kioskCode))) throw new AppError("not_found", "We couldn't find that kiosk.");
    const user = await getCurrentUser();
    if (!user) throw new AppError("unauthorized", "Sign in first.");
    const db = await getDb();
    const store = await getStoreByCode(db, { code: code.data });
    if (!store) throw new AppError("not_found", "We couldn't find that store.");
    await startHandover(db, { storeCode: store.code, kioskCode, token: String(token ?? ""), userId: user.id });
    destination = `/in-store/${store.code}/pay?kiosk=${kioskCode}`;
  } catch (error) {
    unstable_rethrow(error);
    if (isAppError(error)) return { error: error.message };
    console.error("[kiosk] join error:", error);
    return { error: "Something went wrong on our side. Try scanning the kiosk again." };
  }
  redirect(destination);
}

/**
 * "Pay here": the kiosk takes the card for the basket handed to it. The kiosk turns to
 * "Paid — thank you" and the shopper's phone goes to the exit pass, both live.
 */
export async function payAtKioskAction(storeCode: string, kioskCode: string, _previous: FormState, formData: FormData): Promise<FormState> {
  if (!(formData instanceof FormData)) return { error: UNREADABLE_FORM };
  try {
    const { db, store } = await kioskStore(storeCode, kioskCode);
    const sale = await payAtKiosk(db, { store, kioskCode, input: Object.fromEntries(formData) });
    await notifyBasketChanged(sale.userId, { paidOrderId: sale.orderId, orderNumber: sale.number });
    return { ok: true };
  } catch (error) {
    if (isAppError(error)) return { error: error.message, fieldErrors: error.fieldErrors, values: echoValues(formData) };
    console.error("[kiosk] pay error:", error);
    return { error: "Something went wrong on our side. The card was not charged. Please try again.", values: echoValues(formData) };
  }
}
