import { isValidEan13 } from "@/lib/catalog/gtin";
import { STORE_CODE_PART } from "@/lib/validation";

const LABEL_PATH = new RegExp(`^/q/(${STORE_CODE_PART})/(\\d{8,14})/?$`, "i");
const KIOSK_PATH = new RegExp(`^/(?:in-store/${STORE_CODE_PART}/)?kiosk/${STORE_CODE_PART}/[a-z0-9-]{1,32}(?:/join)?$`, "i");

/** What a scanned or typed code means to the in-store app. */
export type ScannedCode =
  | { kind: "label"; storeCode: string; gtin: string }
  | { kind: "gtin"; gtin: string }
  | { kind: "kiosk"; path: string }
  | { kind: "unknown"; text: string };

/** UPC-A (12 digits) is EAN-13 with a leading zero; EAN-8 and GTIN-14 are passed through. */
export function normalizeGtin(digits: string): string {
  if (digits.length === 12) return `0${digits}`;
  if (digits.length === 14 && digits.startsWith("0")) return digits.slice(1);
  return digits;
}

/**
 * Reads a scan: our shelf label QR (`https://host/q/sea/0123…`, any host — labels outlive
 * domains), a kiosk hand-over QR, or a product's own EAN-13/UPC digits.
 */
export function parseScannedCode(raw: string): ScannedCode {
  const text = raw.trim();
  const digits = text.replace(/[\s-]/g, "");
  if (/^\d{8,14}$/.test(digits)) {
    const gtin = normalizeGtin(digits);
    if (gtin.length !== 13 || isValidEan13(gtin)) return { kind: "gtin", gtin };
    return { kind: "unknown", text };
  }
  let path = text;
  try {
    path = new URL(text, "https://aisle.invalid").pathname;
  } catch {
    return { kind: "unknown", text };
  }
  const label = LABEL_PATH.exec(path);
  if (label) return { kind: "label", storeCode: label[1].toLowerCase(), gtin: normalizeGtin(label[2]) };
  const kiosk = KIOSK_PATH.exec(path);
  if (kiosk) {
    const url = new URL(text, "https://aisle.invalid");
    return { kind: "kiosk", path: `${url.pathname}${url.search}` };
  }
  return { kind: "unknown", text };
}
