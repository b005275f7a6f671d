import { createHmac, timingSafeEqual } from "node:crypto";
import { getAppSecret } from "@/lib/auth/secret";

/** The kiosk QR changes every 30 s; a code stays good for the window it was shown in and the next. */
export const KIOSK_WINDOW_MS = 30_000;

function windowOf(now: Date) {
  return Math.floor(now.getTime() / KIOSK_WINDOW_MS);
}

function sign(storeCode: string, kioskCode: string, window: number, secret: string) {
  return createHmac("sha256", `kiosk:${secret}`).update(`${storeCode}/${kioskCode}/${window}`).digest().subarray(0, 12).toString("base64url");
}

/** `<window>.<signature>`: short, so the hand-over QR stays a low version that scans fast. */
export function kioskToken(storeCode: string, kioskCode: string, now = new Date(), secret = getAppSecret()) {
  const window = windowOf(now);
  return { token: `${window.toString(36)}.${sign(storeCode, kioskCode, window, secret)}`, expiresAt: new Date((window + 1) * KIOSK_WINDOW_MS) };
}

/** True for a token this kiosk showed in the current or the previous 30-second window. */
export function verifyKioskToken(storeCode: string, kioskCode: string, token: string, now = new Date(), secret = getAppSecret()) {
  const match = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{16})$/.exec(token.trim());
  if (!match) return false;
  const window = parseInt(match[1], 36);
  const current = windowOf(now);
  if (window !== current && window !== current - 1) return false;
  const expected = Buffer.from(sign(storeCode, kioskCode, window, secret));
  const given = Buffer.from(match[2]);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
