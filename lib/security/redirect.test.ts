import { describe, expect, it } from "vitest";
import { sameOriginRedirect } from "./redirect";

const baseUrl = "https://shop.example.com";

describe("sameOriginRedirect: where next-auth may send someone after sign-in (callbackUrl, its cookie)", () => {
  it("keeps same-site paths and same-origin URLs", () => {
    expect(sameOriginRedirect({ url: "/orders/1?tab=items", baseUrl })).toBe("https://shop.example.com/orders/1?tab=items");
    expect(sameOriginRedirect({ url: "https://shop.example.com/account", baseUrl })).toBe("https://shop.example.com/account");
  });

  it("sends anything else home: another site, a protocol-relative URL, a script URL", () => {
    for (const url of [
      "https://evil.example/",
      "//evil.example/x",
      "/\\evil.example",
      "javascript:alert(1)",
      "https://shop.example.com.evil.example/",
    ]) {
      expect(sameOriginRedirect({ url, baseUrl }), url).toBe(baseUrl);
    }
  });

  it("never throws on a value that is no URL at all (a bad next-auth.callback-url cookie made every page 500)", () => {
    for (const url of ["\u0000", "http://[", "%", "", "/\u0000/x", "/a\r\nSet-Cookie: x=1", "https://shop.example.com/\u0000"]) {
      expect(() => sameOriginRedirect({ url, baseUrl }), JSON.stringify(url)).not.toThrow();
      expect(sameOriginRedirect({ url, baseUrl }), JSON.stringify(url)).toBe(baseUrl);
    }
  });
});
