import { describe, expect, it } from "vitest";
import { parseScannedCode } from "./scan-code";

describe("parseScannedCode", () => {
  it("reads our shelf labels on any host, and product barcodes", () => {
    expect(parseScannedCode("https://shop.example.com/q/sea/0860004001010")).toEqual({ kind: "label", storeCode: "sea", gtin: "0860004001010" });
    expect(parseScannedCode("http://localhost:3000/q/SEA/0860004001010/")).toEqual({ kind: "label", storeCode: "sea", gtin: "0860004001010" });
    expect(parseScannedCode("0860004001010")).toEqual({ kind: "gtin", gtin: "0860004001010" });
    // UPC-A is EAN-13 with a leading zero.
    expect(parseScannedCode("860004001010")).toEqual({ kind: "gtin", gtin: "0860004001010" });
  });

  it("recognises kiosk hand-over codes and refuses the rest", () => {
    expect(parseScannedCode("https://x.test/kiosk/sea/k1/join?t=abc.def")).toEqual({ kind: "kiosk", path: "/kiosk/sea/k1/join?t=abc.def" });
    expect(parseScannedCode("0860004001011").kind).toBe("unknown"); // bad check digit
    expect(parseScannedCode("https://evil.test/q/sea/../../admin").kind).toBe("unknown");
    expect(parseScannedCode("hello").kind).toBe("unknown");
  });
});
