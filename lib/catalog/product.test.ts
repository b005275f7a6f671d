import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { promotions } from "@/db/schema";
import type { DatabaseHandle, Db } from "@/lib/db";
import { createCategory, createProduct, createStore, setStock } from "@/lib/testing/builders";
import { createTestDatabase } from "@/lib/testing/test-db";
import { getAvailableBySku, getVariantAvailability } from "@/lib/catalog/availability";
import { distanceMiles } from "@/lib/stores/geo";
import { compareAttributeValues, getProductBySlug, pickVariant, variantAttributes } from "./product";
import { getShelfPrice, promotionLabel } from "./product-pricing";

let handle: DatabaseHandle;
let db: Db;
let capitolHill: string;
let pearl: string;
let boulder: string;
let jacket: Awaited<ReturnType<typeof createProduct>>;
let categoryId: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  capitolHill = (await createStore(db, { name: "Aisle Capitol Hill", latitude: 47.6152, longitude: -122.3118 })).id;
  pearl = (await createStore(db, { name: "Aisle Pearl District", latitude: 45.5276, longitude: -122.6819 })).id;
  boulder = (await createStore(db, { name: "Aisle Boulder", latitude: 40.0176, longitude: -105.2797 })).id;
  categoryId = (await createCategory(db, { slug: "apparel", name: "Apparel" })).id;
  jacket = await createProduct(db, {
    categoryId,
    name: "Rain Shell",
    variants: [
      { code: "RS-L-BLK", priceCents: 12900, attributes: { size: "L", color: "Black" } },
      { code: "RS-S-BLK", priceCents: 12900, attributes: { size: "S", color: "Black" } },
      { code: "RS-M-BLK", priceCents: 12900, attributes: { size: "M", color: "Black" } },
      { code: "RS-S-YEL", priceCents: 13900, compareAtCents: 15900, attributes: { size: "S", color: "Yellow" } },
      { code: "RS-X-OLD", priceCents: 9900, attributes: { size: "XL", color: "Black" }, active: false },
    ],
  });
  await setStock(db, [
    { storeId: capitolHill, skuId: jacket.skus[1].id, onHand: 2, reserved: 2, aisle: "14", bay: "3" },
    { storeId: pearl, skuId: jacket.skus[1].id, onHand: 4 },
    { storeId: boulder, skuId: jacket.skus[1].id, onHand: 9 },
    { storeId: capitolHill, skuId: jacket.skus[2].id, onHand: 7, reserved: 1, aisle: "14", bay: "4" },
  ]);
});

afterAll(async () => {
  await handle?.close();
});

describe("getProductBySlug", () => {
  it("returns active variants in merchandised order, or null for unknown slugs", async () => {
    const product = await getProductBySlug(db, { slug: jacket.slug });
    expect(product?.attributeNames).toEqual(["size", "color"]);
    // Codes sort L, M, S; the shelf order is S, M, L.
    expect(product?.variants.map((v) => v.code)).toEqual(["RS-S-BLK", "RS-S-YEL", "RS-M-BLK", "RS-L-BLK"]);
    expect(await getProductBySlug(db, { slug: "no-such-thing" })).toBeNull();
  });
});

describe("compareAttributeValues", () => {
  it("orders sizes, quantities and names the way a shelf does", () => {
    expect(["XL", "S", "L", "M", "XS"].sort(compareAttributeValues)).toEqual(["XS", "S", "M", "L", "XL"]);
    expect(["1 kg", "250 g", "500 g"].sort(compareAttributeValues)).toEqual(["250 g", "500 g", "1 kg"]);
    expect(["1 l", "330 ml"].sort(compareAttributeValues)).toEqual(["330 ml", "1 l"]);
    expect(["Sage", "Black", "Navy"].sort(compareAttributeValues)).toEqual(["Black", "Navy", "Sage"]);
  });
});

describe("variant picking", () => {
  it("takes the ?sku= code, else the first variant in stock at the store", async () => {
    const product = (await getProductBySlug(db, { slug: jacket.slug }))!;
    expect(pickVariant(product, { code: "rs-s-yel" }).code).toBe("RS-S-YEL");
    const available = await getAvailableBySku(db, { storeId: capitolHill, skuIds: product.variants.map((v) => v.id) });
    expect(pickVariant(product, { code: "NOPE", availableBySku: available }).code).toBe("RS-M-BLK");
    expect(pickVariant(product, {}).code).toBe("RS-S-BLK");
  });

  it("links each attribute value to the matching combination, flagging ones that don't exist", async () => {
    const product = (await getProductBySlug(db, { slug: jacket.slug }))!;
    const selected = product.variants.find((v) => v.code === "RS-M-BLK")!;
    const [size, color] = variantAttributes(product, selected);
    expect(size.label).toBe("Size");
    expect(size.options.map((o) => [o.value, o.code, o.selected])).toEqual([
      ["S", "RS-S-BLK", false],
      ["M", "RS-M-BLK", true],
      ["L", "RS-L-BLK", false],
    ]);
    // Yellow only comes in S: the link goes there, marked as not the exact combination.
    expect(color.options).toEqual([
      { value: "Black", code: "RS-M-BLK", selected: true, exact: true },
      { value: "Yellow", code: "RS-S-YEL", selected: false, exact: false },
    ]);
  });
});

describe("getShelfPrice", () => {
  it("is the list price with no promotion, keeping a higher compare-at price", async () => {
    const product = (await getProductBySlug(db, { slug: jacket.slug }))!;
    const yellow = product.variants.find((v) => v.code === "RS-S-YEL")!;
    expect(await getShelfPrice(db, { storeId: capitolHill, variant: yellow, userId: null })).toEqual({
      priceCents: 13900,
      listPriceCents: 13900,
      compareAtCents: 15900,
      currency: "USD",
      promotion: null,
    });
  });

  it("applies live promotions through the one price function", async () => {
    await db.insert(promotions).values({
      name: "Rain Week",
      kind: "percent_off",
      percentBps: 1500,
      scope: "category",
      categoryId,
      startsAt: new Date(Date.now() - 60_000),
      storeId: pearl,
    });
    const product = (await getProductBySlug(db, { slug: jacket.slug }))!;
    const black = product.variants[0];
    // Only at the store it is restricted to.
    expect((await getShelfPrice(db, { storeId: capitolHill, variant: black, userId: null })).promotion).toBeNull();
    expect(await getShelfPrice(db, { storeId: pearl, variant: black, userId: null })).toMatchObject({
      priceCents: 10965,
      listPriceCents: 12900,
      promotion: { name: "Rain Week", label: "15% off with Rain Week", savingCents: 1935 },
    });
  });

  it("labels promotions in words a shopper reads once", () => {
    expect(promotionLabel("Audio Week", { kind: "percent_off", percentBps: 1500 }, 100, "USD")).toBe("15% off with Audio Week");
    expect(promotionLabel("15% off audio", { kind: "percent_off", percentBps: 1500 }, 100, "USD")).toBe("15% off audio");
    expect(promotionLabel("Pantry staples", { kind: "fixed_off", percentBps: null }, 100, "USD")).toBe("Save $1.00 with Pantry staples");
  });
});

describe("getVariantAvailability", () => {
  it("counts on hand − reserved here, lists other stores nearest first, and finds a pickup slot on the store's calendar", async () => {
    const product = (await getProductBySlug(db, { slug: jacket.slug }))!;
    const small = product.variants.find((v) => v.code === "RS-S-BLK")!;
    const availability = await getVariantAvailability(db, { skuId: small.id, storeId: capitolHill });
    expect(availability.here).toMatchObject({ name: "Aisle Capitol Hill", available: 0, aisle: "14", bay: "3", distanceMiles: 0 });
    expect(availability.pickup).toBeNull();
    expect(availability.others.map((s) => [s.name, s.available])).toEqual([
      ["Aisle Pearl District", 4],
      ["Aisle Boulder", 9],
    ]);
    expect(availability.others[0].distanceMiles).toBeGreaterThan(120);
    expect(availability.others[0].distanceMiles).toBeLessThan(160);

    const medium = product.variants.find((v) => v.code === "RS-M-BLK")!;
    // Test stores are open 00:00-23:59 in Seattle with room in every slot; pickup needs an hour's lead.
    const morning = new Date("2030-01-16T18:00:00Z"); // Wednesday 10:00 in Seattle
    const inStock = await getVariantAvailability(db, { skuId: medium.id, storeId: capitolHill, now: morning });
    expect(inStock.here.available).toBe(6);
    expect(inStock.pickup).toEqual({ when: "today" });
    const lateEvening = new Date("2030-01-17T07:30:00Z"); // Wednesday 23:30: the next slot is Thursday's
    expect((await getVariantAvailability(db, { skuId: medium.id, storeId: capitolHill, now: lateEvening })).pickup).toEqual({ when: "tomorrow" });
  });

  it("measures distances on the globe", () => {
    const seattle = { latitude: 47.6062, longitude: -122.3321 };
    const portland = { latitude: 45.5152, longitude: -122.6784 };
    expect(Math.round(distanceMiles(seattle, portland))).toBe(145);
  });
});
