import { describe, expect, it } from "vitest";
import { ean13CheckDigit, isValidEan13, makeEan13 } from "./gtin";

// Published, known-good codes.
const realBarcodes = [
  "4006381333931", // the classic EAN-13 example printed on a Stabilo pen
  "5901234123457", // the example in GS1's own documentation
  "9780306406157", // ISBN 978-0-306-40615-7, the standard ISBN-13 worked example
  "0036000291452", // UPC-A 036000291452 written as EAN-13
];

describe("ean13CheckDigit", () => {
  it("computes the check digit of known barcodes", () => {
    expect(ean13CheckDigit("400638133393")).toBe(1);
    expect(ean13CheckDigit("590123412345")).toBe(7);
    expect(ean13CheckDigit("978030640615")).toBe(7);
  });

  it("returns 0 when the weighted sum is already a multiple of ten", () => {
    // 0*1 + ... all zeros → sum 0 → check digit 0, not 10.
    expect(ean13CheckDigit("000000000000")).toBe(0);
  });

  it("rejects anything that is not exactly 12 digits", () => {
    expect(() => ean13CheckDigit("40063813339")).toThrow();
    expect(() => ean13CheckDigit("4006381333931")).toThrow();
    expect(() => ean13CheckDigit("40063813339a")).toThrow();
  });
});

describe("isValidEan13", () => {
  it.each(realBarcodes)("accepts %s", (code) => {
    expect(isValidEan13(code)).toBe(true);
  });

  it("rejects a barcode with one altered digit", () => {
    expect(isValidEan13("4006381333932")).toBe(false);
    expect(isValidEan13("4006381343931")).toBe(false);
  });

  it("rejects two swapped adjacent digits with different weights", () => {
    expect(isValidEan13("4006381339331")).toBe(false);
  });

  it("rejects wrong lengths and non-digits", () => {
    expect(isValidEan13("400638133393")).toBe(false);
    expect(isValidEan13("40063813339310")).toBe(false);
    expect(isValidEan13("400638133393X")).toBe(false);
    expect(isValidEan13("")).toBe(false);
  });
});

describe("makeEan13", () => {
  it("appends the right check digit", () => {
    expect(makeEan13("400638133393")).toBe("4006381333931");
  });

  it("produces codes that validate", () => {
    for (let n = 0; n < 500; n++) {
      const prefix = `0860004${String(n * 197).padStart(5, "0")}`.slice(0, 12);
      expect(isValidEan13(makeEan13(prefix))).toBe(true);
    }
  });
});
