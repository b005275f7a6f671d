import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inventory, promotions } from "@/db/schema";
import type { DatabaseHandle, Db } from "@/lib/db";
import { priceBasket } from "@/lib/pricing/service";
import { createSku, createStore } from "@/lib/testing/builders";
import { createTestDatabase } from "@/lib/testing/test-db";
import { listShelfLabels } from "./queries";
import { labelRequestSchema } from "./schemas";

let handle: DatabaseHandle;
let db: Db;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterAll(() => handle.close());

const request = (input: Record<string, string>) => labelRequestSchema.parse(input);

describe("listShelfLabels", () => {
  it("selects by aisle, category or codes, in walking order, priced by the one price function", async () => {
    const store = await createStore(db);
    const a = await createSku(db, { priceCents: 1299, name: "Zesty Crackers" });
    const b = await createSku(db, { priceCents: 450, categoryId: a.categoryId, name: "Apple Rings" });
    const c = await createSku(db, { priceCents: 999, name: "Dish Soap" });
    await db.insert(inventory).values([
      { storeId: store.id, skuId: a.sku.id, onHand: 5, aisle: "2", bay: "1" },
      { storeId: store.id, skuId: b.sku.id, onHand: 5, aisle: "2", bay: "3" },
      { storeId: store.id, skuId: c.sku.id, onHand: 0, aisle: "10", bay: "1" },
    ]);
    await db.insert(promotions).values({
      name: "10% off snacks",
      kind: "percent_off",
      percentBps: 1000,
      scope: "category",
      categoryId: a.categoryId,
      startsAt: new Date(Date.now() - 60_000),
    });

    const byAisle = await listShelfLabels(db, { storeId: store.id, request: request({ by: "aisle", aisle: "2" }) });
    expect(byAisle.labels.map((l) => l.productName)).toEqual(["Zesty Crackers", "Apple Rings"]); // bay 1 before bay 3
    const web = await priceBasket(db, {
      storeId: store.id,
      channel: "web",
      fulfilment: null,
      userId: null,
      lines: [{ skuId: a.sku.id, quantity: 1 }],
    });
    expect(byAisle.labels[0]).toMatchObject({ priceCents: web.totalCents - web.taxCents, listPriceCents: 1299, promotion: "10% off snacks" });

    const byCategory = await listShelfLabels(db, {
      storeId: store.id,
      request: request({ by: "category", category: (await db.query.categories.findFirst({ where: (t, { eq }) => eq(t.id, c.categoryId) }))!.slug }),
    });
    expect(byCategory.labels.map((l) => l.skuCode)).toEqual([c.sku.code]); // shelved even when out of stock: labels stay on the shelf

    const byCodes = await listShelfLabels(db, {
      storeId: store.id,
      request: request({ by: "skus", skus: `${c.sku.code.toLowerCase()}, ${a.sku.gtin}\nNOPE-1` }),
    });
    expect(byCodes.labels.map((l) => l.skuCode)).toEqual([a.sku.code, c.sku.code]);
    expect(byCodes.unknownCodes).toEqual(["NOPE-1"]);

    expect((await listShelfLabels(db, { storeId: store.id, request: request({ by: "aisle" }) })).labels).toEqual([]);
  });
});
