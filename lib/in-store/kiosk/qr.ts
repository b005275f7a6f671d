import "server-only";
import QRCode from "qrcode";
import { getSiteOrigin } from "@/lib/catalog/site-url";
import { kioskToken } from "./token";

export type KioskQr = { svg: string; url: string; expiresAt: string };

/** The hand-over QR for this 30-second window: the short URL the shopper's phone opens. */
export async function kioskHandoverQr(storeCode: string, kioskCode: string): Promise<KioskQr> {
  const { token, expiresAt } = kioskToken(storeCode, kioskCode);
  const url = `${await getSiteOrigin()}/kiosk/${storeCode}/${kioskCode}/join?t=${token}`;
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { svg, url, expiresAt: expiresAt.toISOString() };
}
