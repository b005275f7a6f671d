import { secureCookies } from "@/lib/security/deployment";
import { isStoreCode } from "@/lib/validation";

/** The shopper's chosen store code ("My store"), kept for a year. */
export const STORE_COOKIE = "aisle_store";
export const STORE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/**
 * The store code a cookie holds, or null: a cookie is whatever the browser sends, and a value
 * that can't be a store code (a NUL byte would even make PostgreSQL fail the query) names no store.
 */
export function storeCodeFromCookie(value: string | undefined | null): string | null {
  return isStoreCode(value) ? value : null;
}

/** How the store cookie is set, everywhere it is set: Secure in production (lib/security/deployment.ts). */
export function storeCookieOptions() {
  return { maxAge: STORE_COOKIE_MAX_AGE, sameSite: "lax" as const, httpOnly: true, secure: secureCookies(), path: "/" };
}
