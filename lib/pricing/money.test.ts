import { describe, expect, it } from "vitest";
import { allocate, applyBps, formatMoney } from "./money";

describe("money", () => {
  it("formats integer minor units in the currency's own digits", () => {
    expect(formatMoney(349)).toBe("$3.49");
    expect(formatMoney(0)).toBe("$0.00");
    expect(formatMoney(-1250)).toBe("-$12.50");
    expect(formatMoney(123456, "USD")).toBe("$1,234.56");
    expect(formatMoney(1200, "EUR", "de-DE")).toBe("12,00\u00a0€");
    // Yen have no minor unit: 500 is ¥500, not ¥5.
    expect(formatMoney(500, "JPY", "en-US")).toBe("¥500");
  });

  it("applies basis points half-up and splits totals to the cent", () => {
    expect(applyBps(1999, 1025)).toBe(205);
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(0, [3, 4])).toEqual([0, 0]);
  });
});
