import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { getAppSecret } from "@/lib/auth/secret";
import { isStoreCode } from "@/lib/validation";

/**
 * Exit pass tokens: `EP1.<store>.<nonce>.<expiry>.<signature>`, short enough for a low-version
 * QR. The signature (HMAC-SHA256, truncated to 128 bits) covers everything before it, so the
 * store, nonce and expiry cannot be changed; the nonce points at the single-use row.
 */
export const EXIT_PASS_TTL_MS = 2 * 60 * 1000;
const PREFIX = "EP1";

export type ExitPassClaims = { storeCode: string; nonce: string; expiresAt: Date };

function sign(body: string, secret: string) {
  return createHmac("sha256", `exit-pass:${secret}`).update(body).digest().subarray(0, 16).toString("base64url");
}

export function newNonce() {
  return randomBytes(16).toString("base64url");
}

export function signExitPass(claims: ExitPassClaims, secret = getAppSecret()): string {
  const body = `${PREFIX}.${claims.storeCode}.${claims.nonce}.${Math.floor(claims.expiresAt.getTime() / 1000).toString(36)}`;
  return `${body}.${sign(body, secret)}`;
}

export type ParsedExitPass = { ok: true; claims: ExitPassClaims } | { ok: false; reason: "forged" };

/** Checks shape and signature only; expiry and single use are the caller's (they need the clock and the row). */
export function parseExitPass(token: string, secret = getAppSecret()): ParsedExitPass {
  const parts = token.trim().split(".");
  if (parts.length !== 5 || parts[0] !== PREFIX) return { ok: false, reason: "forged" };
  const [, storeCode, nonce, expiry, signature] = parts;
  if (!isStoreCode(storeCode) || !/^[A-Za-z0-9_-]{16,32}$/.test(nonce) || !/^[0-9a-z]{1,10}$/.test(expiry)) {
    return { ok: false, reason: "forged" };
  }
  const expected = Buffer.from(sign(parts.slice(0, 4).join("."), secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "forged" };
  return { ok: true, claims: { storeCode, nonce, expiresAt: new Date(parseInt(expiry, 36) * 1000) } };
}
