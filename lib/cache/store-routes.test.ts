import { describe, expect, test } from "vitest";
import { catalogPathFor, isCatalogPath, isInternalStorePath, querySegment, searchParamsOf } from "./store-routes";

describe("catalog URLs rewritten to each store's cached pages", () => {
  test("every catalog URL of SPEC.md is rewritten, nothing else", () => {
    for (const path of ["/", "/c/audio", "/p/fieldnote", "/search", "/stores", "/stores/sea"]) expect(isCatalogPath(path), path).toBe(true);
    for (const path of ["/cart", "/checkout", "/orders/1", "/account", "/p/a/b", "/staff/sea", "/api/me", "/q/sea/123", "/sign-in"]) {
      expect(isCatalogPath(path), path).toBe(false);
    }
  });

  test("the store cookie and the query a page reads name the cached page; other keys and their order don't", () => {
    const a = catalogPathFor("/c/audio", new URLSearchParams("sort=price-asc&brand=B&brand=A&utm_source=x"), "sea");
    const b = catalogPathFor("/c/audio", new URLSearchParams("brand=A&utm_source=y&brand=B&sort=price-asc"), "sea");
    expect(a).toBe(b);
    expect(a.startsWith("/s/sea/")).toBe(true);
    expect(a.endsWith("/c/audio")).toBe(true);
    expect(catalogPathFor("/", new URLSearchParams(), null)).toBe("/s/_/_");
    expect(catalogPathFor("/c/audio", new URLSearchParams(), "pdx")).not.toBe(catalogPathFor("/c/audio", new URLSearchParams(), "sea"));
  });

  test("the query segment reads back as the page's search params, encoded or decoded", () => {
    const segment = querySegment(new URLSearchParams("q=50% off&brand=A&brand=B&sku=X"));
    const expected = { brand: ["A", "B"], q: "50% off", sku: "X" };
    expect(searchParamsOf(segment)).toEqual(expected);
    expect(searchParamsOf(decodeURIComponent(segment))).toEqual(expected);
    expect(searchParamsOf("_")).toEqual({});
    expect(searchParamsOf("%E0%A4%A")).toEqual({});
  });

  test("the internal URLs are recognised (the proxy answers them 404)", () => {
    expect(isInternalStorePath("/s/sea/_/p/x")).toBe(true);
    expect(isInternalStorePath("/s")).toBe(true);
    expect(isInternalStorePath("/stores")).toBe(false);
    expect(isInternalStorePath("/search")).toBe(false);
  });
});
