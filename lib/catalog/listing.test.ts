import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { products } from "@/db/schema";
import type { DatabaseHandle, Db } from "@/lib/db";
import { createCategory, createProduct, createStore, setStock } from "@/lib/testing/builders";
import { createTestDatabase } from "@/lib/testing/test-db";
import { getListingCategory, listingHref, listProducts, PAGE_SIZE, parseListingParams, type ListingParams } from "./listing";

let handle: DatabaseHandle;
let db: Db;
let here: string;
let elsewhere: string;
let kitchenId: string;
let bigId: string;

const params = (overrides: Partial<ListingParams> = {}): ListingParams => ({
  q: "",
  brands: [],
  minCents: null,
  maxCents: null,
  inStock: false,
  sort: "price-asc",
  page: 1,
  ...overrides,
});

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  here = (await createStore(db)).id;
  elsewhere = (await createStore(db)).id;

  const kitchen = await createCategory(db, { slug: "kitchen", name: "Kitchen" });
  const knives = await createCategory(db, { slug: "knives", name: "Knives", parentId: kitchen.id });
  kitchenId = kitchen.id;

  // Stock here: on hand 5 of which 5 reserved → nothing to sell here, but plenty elsewhere.
  const pan = await createProduct(db, { categoryId: kitchen.id, name: "Cast Iron Pan", brand: "Lodgewood", variants: [{ priceCents: 3900 }] });
  await setStock(db, [
    { storeId: here, skuId: pan.skus[0].id, onHand: 5, reserved: 5 },
    { storeId: elsewhere, skuId: pan.skus[0].id, onHand: 9 },
  ]);
  // Two variants: one sold out here, the other with 2 to sell → in stock, "from" the cheaper one.
  const mug = await createProduct(db, {
    categoryId: kitchen.id,
    name: "Stoneware Mug",
    brand: "Kiln & Co",
    variants: [
      { priceCents: 1400, compareAtCents: 1800, attributes: { color: "Sage" } },
      { priceCents: 1600, attributes: { color: "Oat" } },
    ],
  });
  await setStock(db, [
    { storeId: here, skuId: mug.skus[0].id, onHand: 0 },
    { storeId: here, skuId: mug.skus[1].id, onHand: 3, reserved: 1 },
  ]);
  // No inventory row at all here.
  await createProduct(db, { categoryId: knives.id, name: "Chef's Knife", brand: "Lodgewood", variants: [{ priceCents: 8900 }] });
  // A variant that is no longer sold does not set the price.
  await createProduct(db, {
    categoryId: kitchen.id,
    name: "Linen Tea Towel",
    brand: "Kiln & Co",
    variants: [{ priceCents: 500, active: false }, { priceCents: 900 }],
  });

  const big = await createCategory(db, { slug: "big", name: "Big" });
  bigId = big.id;
  for (let i = 0; i < PAGE_SIZE + 6; i++) {
    await createProduct(db, {
      categoryId: big.id,
      name: `Jar ${String(i).padStart(2, "0")}`,
      brand: i % 3 === 0 ? "Alpha" : "Beta",
      variants: [{ priceCents: 100 + i }],
      createdAt: new Date(Date.UTC(2025, 0, 1 + i)),
    });
  }
});

afterAll(async () => {
  await handle?.close();
});

const names = async (storeId: string, p: Partial<ListingParams>, categoryId = kitchenId) =>
  (await listProducts(db, { storeId, categoryId }, params(p))).items.map((item) => item.name);

describe("listProducts", () => {
  it("lists a category with its subcategories, the cheapest active variant as the price", async () => {
    const result = await listProducts(db, { storeId: here, categoryId: kitchenId }, params());
    expect(result.items.map((item) => [item.name, item.priceCents, item.priceVaries])).toEqual([
      ["Linen Tea Towel", 900, false],
      ["Stoneware Mug", 1400, true],
      ["Cast Iron Pan", 3900, false],
      ["Chef's Knife", 8900, false],
    ]);
    const mug = result.items.find((item) => item.name === "Stoneware Mug")!;
    expect(mug).toMatchObject({ compareAtCents: 1800, currency: "USD", available: 2 });
    expect(result.total).toBe(4);
  });

  it("counts stock as on hand minus reserved, at the shopper's store only", async () => {
    expect(await names(here, { inStock: true })).toEqual(["Stoneware Mug"]);
    expect(await names(elsewhere, { inStock: true })).toEqual(["Cast Iron Pan"]);
    const pan = (await listProducts(db, { storeId: here, categoryId: kitchenId }, params())).items.find((i) => i.name === "Cast Iron Pan");
    expect(pan?.available).toBe(0);
  });

  it("filters by price range (on the 'from' price) and by several brands", async () => {
    expect(await names(here, { minCents: 1000, maxCents: 4000 })).toEqual(["Stoneware Mug", "Cast Iron Pan"]);
    expect(await names(here, { minCents: 1400, maxCents: 1400 })).toEqual(["Stoneware Mug"]);
    expect(await names(here, { brands: ["Lodgewood"] })).toEqual(["Cast Iron Pan", "Chef's Knife"]);
    expect(await names(here, { brands: ["Lodgewood", "Kiln & Co"], maxCents: 2000 })).toEqual(["Linen Tea Towel", "Stoneware Mug"]);
  });

  it("counts brands under the other filters, keeping ticked brands visible", async () => {
    const result = await listProducts(db, { storeId: here, categoryId: kitchenId }, params({ brands: ["Lodgewood"], maxCents: 5000 }));
    expect(result.brands).toEqual([
      { brand: "Kiln & Co", count: 2, selected: false },
      { brand: "Lodgewood", count: 1, selected: true },
    ]);
    expect(result.total).toBe(1);
    const none = await listProducts(db, { storeId: here, categoryId: kitchenId }, params({ brands: ["Nobody"] }));
    expect(none.total).toBe(0);
    expect(none.brands.find((b) => b.brand === "Nobody")).toEqual({ brand: "Nobody", count: 0, selected: true });
  });

  it("sorts by price both ways, rating and newest", async () => {
    expect(await names(here, { sort: "price-desc" })).toEqual(["Chef's Knife", "Cast Iron Pan", "Stoneware Mug", "Linen Tea Towel"]);
    const newest = await listProducts(db, { storeId: here, categoryId: bigId }, params({ sort: "newest" }));
    expect(newest.items[0].name).toBe(`Jar ${PAGE_SIZE + 5}`);
  });

  it("ranks 'Top rated' by rating weighed by how many reviews back it", async () => {
    const rate = (name: string, ratingAverage: number, ratingCount: number) =>
      db.update(products).set({ ratingAverage, ratingCount }).where(eq(products.name, name));
    await rate("Cast Iron Pan", 4.5, 40);
    await rate("Stoneware Mug", 5, 1);
    await rate("Chef's Knife", 4, 3);
    expect(await names(here, { sort: "rating" })).toEqual(["Cast Iron Pan", "Stoneware Mug", "Chef's Knife", "Linen Tea Towel"]);
  });

  it("pages 24 at a time with the total of the whole result", async () => {
    const first = await listProducts(db, { storeId: here, categoryId: bigId }, params());
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(first).toMatchObject({ total: PAGE_SIZE + 6, page: 1, pageCount: 2 });
    const second = await listProducts(db, { storeId: here, categoryId: bigId }, params({ page: 2 }));
    expect(second.items.map((i) => i.name)).toEqual(["Jar 24", "Jar 25", "Jar 26", "Jar 27", "Jar 28", "Jar 29"]);
    expect(second.total).toBe(PAGE_SIZE + 6);
    const alpha = await listProducts(db, { storeId: here, categoryId: bigId }, params({ brands: ["Alpha"] }));
    expect(alpha).toMatchObject({ total: 10, pageCount: 1 });
    const beyond = await listProducts(db, { storeId: here, categoryId: bigId }, params({ page: 3 }));
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(PAGE_SIZE + 6);
  });
});

describe("listing URLs", () => {
  it("read leniently: dollars to cents, bad values dropped, swapped bounds fixed", () => {
    expect(
      parseListingParams(
        { brand: ["Kiln & Co", "Lodgewood"], min: "$5", max: "12.50", instock: "1", sort: "price-desc", page: "2" },
        { searching: false },
      ),
    ).toEqual({
      q: "",
      brands: ["Kiln & Co", "Lodgewood"],
      minCents: 500,
      maxCents: 1250,
      inStock: true,
      sort: "price-desc",
      page: 2,
    });
    expect(parseListingParams({ min: "abc", max: "-3", sort: "relevance", page: "-1" }, { searching: false })).toMatchObject({
      minCents: null,
      maxCents: null,
      sort: "rating",
      page: 1,
    });
    expect(parseListingParams({ q: "tea", min: "20", max: "5" }, { searching: true })).toMatchObject({
      q: "tea",
      minCents: 500,
      maxCents: 2000,
      sort: "relevance",
    });
    expect(parseListingParams({ q: "x".repeat(101) }, { searching: true }).q).toBe("");
    expect(parseListingParams({ brand: ["a\u0000b", " ", "Kiln & Co"] }, { searching: false }).brands).toEqual(["ab", "Kiln & Co"]);
  });

  it("write only what differs from the defaults", () => {
    const state = parseListingParams({ q: "tea", brand: "Kiln & Co", min: "5", page: "3" }, { searching: true });
    expect(listingHref("/search", state, { searching: true })).toBe("/search?q=tea&brand=Kiln+%26+Co&min=5&page=3");
    expect(listingHref("/c/kitchen", parseListingParams({}, { searching: false }), { searching: false })).toBe("/c/kitchen");
  });
});

describe("getListingCategory", () => {
  it("finds a category with its subcategories, or nothing", async () => {
    expect(await getListingCategory(db, { slug: "kitchen" })).toMatchObject({
      name: "Kitchen",
      parent: null,
      children: [{ slug: "knives", name: "Knives" }],
    });
    expect(await getListingCategory(db, { slug: "knives" })).toMatchObject({ parent: { slug: "kitchen" } });
    expect(await getListingCategory(db, { slug: "nope" })).toBeNull();
  });
});
