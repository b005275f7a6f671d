import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback";

const base = "https://aisle.example";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths", () => {
    for (const path of ["/", "/account", "/orders/1?placed=1", "/search?q=a%2Fb", "/p/coffee#reviews"]) expect(safeCallbackUrl(path)).toBe(path);
  });

  it("refuses every spelling of another website, as a browser would resolve it", () => {
    const offsite = [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "\\\\evil.example",
      "/%09/evil.example".replace("%09", "\t"),
      "javascript:alert(1)",
      " /evil",
      "",
    ];
    for (const value of offsite) {
      const safe = safeCallbackUrl(value);
      if (safe !== null) expect(new URL(safe, base).origin, JSON.stringify(value)).toBe(base);
      expect(safe, JSON.stringify(value)).toBeNull();
    }
  });
});
