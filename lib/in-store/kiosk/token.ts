import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { getAppSecret } from "@/lib/auth/secret";

/** The kiosk QR changes every 30 s; a code stays good for the window it was shown in and the next. */
export const KIOSK_WINDOW_MS = 30_000;

function windowOf(now: Date) {
  return Math.floor(now.getTime() / KIOSK_WINDOW_MS);
}

function sign(storeCode: string, kioskCode: string, window: number, nonce: string, secret: string) {
  return createHmac("sha256", `kiosk:${secret}`)
    .update(`${storeCode}/${kioskCode}/${window}/${nonce}`)
    .digest()
    .subarray(0, 12)
    .toString("base64url");
}

/**
 * `<window>.<nonce>.<signature>`: every QR the kiosk displays carries its own random nonce, and
 * a hand-over records the nonce it was started with, so one displayed code starts one hand-over
 * at most. Short, so the hand-over QR stays a low version that scans fast.
 */
export function kioskToken(storeCode: string, kioskCode: string, now = new Date(), secret = getAppSecret()) {
  const window = windowOf(now);
  const nonce = randomBytes(8).toString("base64url");
  return {
    token: `${window.toString(36)}.${nonce}.${sign(storeCode, kioskCode, window, nonce, secret)}`,
    expiresAt: new Date((window + 1) * KIOSK_WINDOW_MS),
  };
}

/** The nonce of a token this kiosk showed in the current or the previous 30-second window; null otherwise. */
export function readKioskToken(storeCode: string, kioskCode: string, token: string, now = new Date(), secret = getAppSecret()): string | null {
  const match = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{11})\.([A-Za-z0-9_-]{16})$/.exec(token.trim());
  if (!match) return null;
  const window = parseInt(match[1], 36);
  const current = windowOf(now);
  if (window !== current && window !== current - 1) return null;
  const expected = Buffer.from(sign(storeCode, kioskCode, window, match[2], secret));
  const given = Buffer.from(match[3]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? match[2] : null;
}

/** True for a token this kiosk showed in the current or the previous 30-second window. */
export function verifyKioskToken(storeCode: string, kioskCode: string, token: string, now = new Date(), secret = getAppSecret()) {
  return readKioskToken(storeCode, kioskCode, token, now, secret) !== null;
}
