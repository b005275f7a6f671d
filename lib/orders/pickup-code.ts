import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { getAppSecret } from "@/lib/auth/secret";

// No 0/O, 1/I/L: codes are read aloud and typed from a phone screen.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const PICKUP_CODE_LENGTH = 10;

export function randomCode(length: number) {
  let code = "";
  for (let i = 0; i < length; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

export function newPickupCode() {
  return randomCode(PICKUP_CODE_LENGTH);
}

/** Normalises what an associate typed: case, spaces and dashes don't matter. */
export function normalizePickupCode(input: string) {
  return input.toUpperCase().replace(/[\s-]/g, "");
}

function signature(orderNumber: string, code: string, secret: string) {
  return createHmac("sha256", secret).update(`pickup:${orderNumber}:${code}`).digest("base64url").slice(0, 16);
}

/** The text in the pickup QR: the order number and code, signed so a forged QR is refused. */
export function pickupQrPayload(orderNumber: string, code: string, secret = getAppSecret()) {
  return `AISLE1.P.${orderNumber}.${code}.${signature(orderNumber, code, secret)}`;
}

/** Reads a scanned pickup QR; null when it is not ours or its signature is wrong. */
export function parsePickupQr(payload: string, secret = getAppSecret()): { orderNumber: string; code: string } | null {
  const match = /^AISLE1\.P\.([A-Z0-9-]+)\.([A-Z0-9]+)\.([A-Za-z0-9_-]{16})$/.exec(payload.trim());
  if (!match) return null;
  const [, orderNumber, code, sig] = match;
  const expected = Buffer.from(signature(orderNumber, code, secret));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { orderNumber, code } : null;
}
