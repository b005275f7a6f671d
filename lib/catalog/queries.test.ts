import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { categories, inventory, products, skus } from "@/db/schema";
import type { DatabaseHandle } from "@/lib/db";
import { makeEan13 } from "@/lib/catalog/gtin";
import { createSku, createStore } from "@/lib/testing/builders";
import { createTestDatabase } from "@/lib/testing/test-db";
import { listCategories, listFeaturedProducts } from "./queries";

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe("listFeaturedProducts", () => {
  it("counts what the store can sell (on hand minus reserved) and puts in-stock products first", async () => {
    const { db } = handle;
    const store = await createStore(db);
    const other = await createStore(db);
    const soldOut = await createSku(db, { priceCents: 500, name: "Sold out here" });
    const inStock = await createSku(db, { priceCents: 700, name: "On the shelf" });
    await db.update(products).set({ ratingAverage: 5, ratingCount: 500 }).where(eq(products.id, soldOut.product.id));
    await db.insert(inventory).values([
      { storeId: store.id, skuId: soldOut.sku.id, onHand: 4, reserved: 4, aisle: "1", bay: "1" },
      { storeId: other.id, skuId: soldOut.sku.id, onHand: 50, aisle: "1", bay: "1" },
      { storeId: store.id, skuId: inStock.sku.id, onHand: 9, reserved: 2, aisle: "1", bay: "2" },
    ]);

    const featured = await listFeaturedProducts(db, { storeId: store.id, limit: 10 });
    const byName = Object.fromEntries(featured.map((p) => [p.name, p]));
    expect(byName["On the shelf"].available).toBe(7);
    expect(byName["Sold out here"].available).toBe(0);
    expect(featured.findIndex((p) => p.name === "On the shelf")).toBeLessThan(featured.findIndex((p) => p.name === "Sold out here"));
  });

  it("shows the cheapest variant's price with its compare-at price, flags varying prices, and sums stock over variants", async () => {
    const { db } = handle;
    const store = await createStore(db);
    const base = await createSku(db, { priceCents: 1299, name: "Two sizes" });
    const [small] = await db
      .insert(skus)
      .values({ productId: base.product.id, code: `SMALL-${base.sku.code}`, gtin: makeEan13("299999000001"), priceCents: 899, compareAtCents: 1099 })
      .returning();
    await db.insert(inventory).values([
      { storeId: store.id, skuId: base.sku.id, onHand: 3, aisle: "1", bay: "1" },
      { storeId: store.id, skuId: small.id, onHand: 2, aisle: "1", bay: "1" },
    ]);
    const [product] = (await listFeaturedProducts(db, { storeId: store.id, limit: 50 })).filter((p) => p.name === "Two sizes");
    expect(product).toMatchObject({ priceCents: 899, compareAtCents: 1099, priceVaries: true, available: 5, currency: "USD" });
  });
});

describe("listCategories", () => {
  it("lists top-level categories with active product counts", async () => {
    const { db } = handle;
    const [parent] = await db.insert(categories).values({ slug: "larder", name: "Larder", position: -1 }).returning();
    await db.insert(categories).values({ slug: "larder-jams", name: "Jams", parentId: parent.id });
    await createSku(db, { categoryId: parent.id });
    const hidden = await createSku(db, { categoryId: parent.id });
    await db.update(products).set({ active: false }).where(eq(products.id, hidden.product.id));

    const list = await listCategories(db);
    expect(list[0]).toMatchObject({ slug: "larder", productCount: 1 });
    expect(list.some((c) => c.slug === "larder-jams")).toBe(false);
  });
});
