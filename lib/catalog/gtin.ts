/**
 * EAN-13 (GTIN-13) barcodes: the check digit is the last digit, computed from the first 12
 * with alternating weights 1 and 3 (GS1 General Specifications, section 7.9).
 */

const TWELVE_DIGITS = /^[0-9]{12}$/;
const THIRTEEN_DIGITS = /^[0-9]{13}$/;

/** Check digit for the first 12 digits of an EAN-13. */
export function ean13CheckDigit(first12: string): number {
  if (!TWELVE_DIGITS.test(first12)) {
    throw new Error(`An EAN-13 check digit needs exactly 12 digits, got "${first12}".`);
  }
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    // Positions are weighted 1, 3, 1, 3… from the left.
    sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  }
  return (10 - (sum % 10)) % 10;
}

/** True for 13 digits whose last digit is the correct check digit. */
export function isValidEan13(code: string): boolean {
  if (!THIRTEEN_DIGITS.test(code)) return false;
  return ean13CheckDigit(code.slice(0, 12)) === Number(code[12]);
}

/** Appends the check digit to a 12-digit prefix (company prefix + item reference). */
export function makeEan13(prefix12: string): string {
  return prefix12 + String(ean13CheckDigit(prefix12));
}
