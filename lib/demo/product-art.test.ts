import { describe, expect, it } from "vitest";
import { productSeeds } from "@/db/seed/products";
import { artKindFor, paletteFor, renderProductArt } from "@/lib/demo/product-art";

/** Tags balance and text is escaped: enough to know browsers will parse the SVG as XML. */
function assertWellFormed(svg: string) {
  const stack: string[] = [];
  for (const [, closing, name, selfClosing] of svg.matchAll(/<(\/?)([a-zA-Z]+)\b[^>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    if (closing) expect(stack.pop(), `</${name}>`).toBe(name);
    else stack.push(name);
  }
  expect(stack).toEqual([]);
  const text = svg.replace(/<[^>]*>/g, "");
  expect(text).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
  expect(text).not.toMatch(/[<>]/);
}

describe("product art", () => {
  it("draws every demo product with the illustration it was curated for", () => {
    const wrong = productSeeds
      .filter((p) => artKindFor(p.name, p.category) !== p.art)
      .map((p) => `${p.slug}: ${artKindFor(p.name, p.category)} instead of ${p.art}`);
    expect(wrong).toEqual([]);
  });

  it("renders a well-formed SVG with the brand on it for every demo product", () => {
    for (const p of productSeeds) {
      const svg = renderProductArt({ slug: p.slug, name: p.name, brand: p.brand, categorySlug: p.category });
      expect(svg.startsWith("<svg ")).toBe(true);
      assertWellFormed(svg);
      const escapedBrand = p.brand.replace(/&/g, "&amp;").replace(/'/g, "&apos;").toUpperCase().split(" ")[0];
      expect(svg, p.slug).toContain(escapedBrand);
    }
  });

  it("falls back sensibly for products added later by an admin", () => {
    expect(artKindFor("Trail Runner 3-Person Tent", "outdoor")).toBe("tent");
    expect(artKindFor("Guatemala Huehuetenango", "coffee-tea")).toBe("coffee-bag");
    expect(artKindFor("Gift Card", "unknown-category")).toBe("box");
    const svg = renderProductArt({ slug: "gift-card", name: 'Gift <Card> "50"', brand: "Aisle & Co.", categorySlug: "unknown" });
    assertWellFormed(svg);
  });

  it("derives a stable palette from the slug, different between neighbours", () => {
    expect(paletteFor("sumatra-dark-roast", "coffee-tea")).toEqual(paletteFor("sumatra-dark-roast", "coffee-tea"));
    const mains = new Set(productSeeds.filter((p) => p.category === "pantry").map((p) => paletteFor(p.slug, p.category).main));
    expect(mains.size).toBeGreaterThan(10);
  });
});
