import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle, Db } from "@/lib/db";
import { createCategory, createProduct, createStore } from "@/lib/testing/builders";
import { createTestDatabase } from "@/lib/testing/test-db";
import { listProducts, parseListingParams } from "./listing";
import { parseSearchTerms, suggestSearch, suggestSpelling } from "./search";

let handle: DatabaseHandle;
let db: Db;
let storeId: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  storeId = (await createStore(db)).id;
  const audio = await createCategory(db, { slug: "audio", name: "Audio", description: "Headphones, earbuds and speakers." });
  const pantry = await createCategory(db, { slug: "pantry", name: "Pantry", description: "Olive oil, pasta and grains." });
  const coffee = await createCategory(db, { slug: "coffee-tea", name: "Coffee & Tea", description: "Beans and loose-leaf teas." });
  await createProduct(db, {
    categoryId: audio.id,
    name: "Fieldnote ANC-700 Wireless Headphones",
    brand: "Fieldnote Audio",
    description: "Adaptive noise cancelling and 38 hours of battery.",
  });
  await createProduct(db, { categoryId: audio.id, name: "Headphone Stand", brand: "Deskwell", description: "Walnut stand for over-ear headphones." });
  await createProduct(db, { categoryId: audio.id, name: "Headphone Stand Pro with USB Hub", brand: "Deskwell", description: "Holds headphones." });
  await createProduct(db, { categoryId: audio.id, name: "Pocket Speaker", brand: "Fieldnote Audio", description: "Small and loud." });
  await createProduct(db, { categoryId: pantry.id, name: "Extra Virgin Olive Oil", brand: "Oliveto", description: "Cold pressed." });
  await createProduct(db, {
    categoryId: coffee.id,
    name: "House Blend Whole Beans",
    brand: "Ridgeline Roasters",
    description: "Chocolate and cherry notes.",
  });
  await createProduct(db, { categoryId: coffee.id, name: "Retired Headphones Mug", brand: "Deskwell", active: false });
});

afterAll(async () => {
  await handle?.close();
});

async function search(q: string) {
  const result = await listProducts(db, { storeId }, parseListingParams({ q }, { searching: true }));
  return result.items.map((item) => item.name);
}

describe("parseSearchTerms", () => {
  it("keeps words and numbers, drops punctuation and stray letters", () => {
    expect(parseSearchTerms("  Men's  ANC-700 headphones!! ")).toEqual(["men", "anc", "700", "headphones"]);
    expect(parseSearchTerms("'); drop table products; --")).toEqual(["drop", "table", "products"]);
    expect(parseSearchTerms("   ")).toEqual([]);
  });
});

describe("product search", () => {
  it("ranks an exact name match first", async () => {
    const names = await search("headphone stand");
    expect(names[0]).toBe("Headphone Stand");
    expect(names).toContain("Headphone Stand Pro with USB Hub");
  });

  it("finds the headphones despite a typo", async () => {
    expect(await search("headphnes")).toContain("Fieldnote ANC-700 Wireless Headphones");
    expect(await search("wireles headphnes")).toEqual(["Fieldnote ANC-700 Wireless Headphones"]);
  });

  it("matches brand, category and word prefixes", async () => {
    expect(await search("ridgeline")).toEqual(["House Blend Whole Beans"]);
    // "coffee" is only in the category's name.
    expect(await search("coffee")).toEqual(["House Blend Whole Beans"]);
    expect(await search("oliv")).toEqual(["Extra Virgin Olive Oil"]);
  });

  it("needs every word to match, ignoring stop words", async () => {
    expect(await search("olive oil for the dog")).toEqual([]);
    expect(await search("the olive oil")).toEqual(["Extra Virgin Olive Oil"]);
  });

  it("never shows inactive products and treats punctuation as nothing special", async () => {
    expect(await search("mug")).toEqual([]);
    expect(await search("'); select 1; --")).toEqual([]);
    expect(await search("!!!")).toEqual([]);
  });

  it("gives the same answer as ever when the server's trigram threshold differs", async () => {
    // The threshold is set per transaction, whatever the session says.
    await db.execute(sql`select set_config('pg_trgm.word_similarity_threshold', '0.9', false)`);
    expect(await search("headphnes")).toContain("Fieldnote ANC-700 Wireless Headphones");
  });
});

describe("suggestSearch", () => {
  it("offers categories, then products, at most six", async () => {
    const suggestions = await suggestSearch(db, { query: "headph" });
    expect(suggestions[0]).toMatchObject({ kind: "category", label: "Audio", href: "/c/audio" });
    expect(suggestions.filter((s) => s.kind === "product").map((s) => s.label)).toContain("Headphone Stand");
    expect(suggestions.length).toBeLessThanOrEqual(6);
    expect(suggestions.every((s) => s.href.startsWith("/c/") || s.href.startsWith("/p/"))).toBe(true);
  });

  it("is empty for an empty query", async () => {
    expect(await suggestSearch(db, { query: "  " })).toEqual([]);
  });
});

describe("suggestSpelling", () => {
  it("offers the nearest catalog words for a search that found nothing", async () => {
    expect(await search("hedfones")).toEqual([]);
    expect(await suggestSpelling(db, { query: "hedfones" })).toBe("headphones");
    expect(await suggestSpelling(db, { query: "extra virgn olive" })).toBe("extra virgin olive");
  });

  it("stays quiet when there is nothing better", async () => {
    expect(await suggestSpelling(db, { query: "olive" })).toBeNull();
    expect(await suggestSpelling(db, { query: "zzqqxx" })).toBeNull();
    expect(await suggestSpelling(db, { query: "" })).toBeNull();
  });
});
