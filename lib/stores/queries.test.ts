import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inventory } from "@/db/schema";
import type { DatabaseHandle } from "@/lib/db";
import { createSku, createStore } from "@/lib/testing/builders";
import { createTestDatabase } from "@/lib/testing/test-db";
import { getFirstStore, getStoreByCode, listAisleDirectory, listStores } from "./queries";

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe("store queries", () => {
  it("lists stores by name, and the first store is the first by name", async () => {
    const { db } = handle;
    await createStore(db, { code: "zz-north", name: "Aisle Northgate" });
    await createStore(db, { code: "aa-south", name: "Aisle Ballard" });
    const names = (await listStores(db)).map((s) => s.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect((await getFirstStore(db))?.name).toBe(names[0]);
  });

  it("finds a store by code and returns null for an unknown one", async () => {
    const { db } = handle;
    const store = await createStore(db, { code: "by-code", name: "Aisle Fremont" });
    const found = await getStoreByCode(db, { code: "by-code" });
    expect(found).toMatchObject({ id: store.id, name: "Aisle Fremont", pickupSlotMinutes: 60 });
    expect(found).not.toHaveProperty("createdAt"); // a DTO, not the row
    expect(await getStoreByCode(db, { code: "nope" })).toBeNull();
  });

  it("maps categories to the aisles of that store only, in natural order", async () => {
    const { db } = handle;
    const here = await createStore(db);
    const elsewhere = await createStore(db);
    const a = await createSku(db);
    const b = await createSku(db, { categoryId: a.categoryId });
    const c = await createSku(db);
    await db.insert(inventory).values([
      { storeId: here.id, skuId: a.sku.id, onHand: 3, aisle: "10", bay: "1" },
      { storeId: here.id, skuId: b.sku.id, onHand: 3, aisle: "2", bay: "4" },
      { storeId: here.id, skuId: c.sku.id, onHand: 0, aisle: "1", bay: "2" },
      { storeId: elsewhere.id, skuId: a.sku.id, onHand: 3, aisle: "7", bay: "1" },
    ]);
    const directory = await listAisleDirectory(db, { storeId: here.id });
    expect(directory.map((d) => d.aisles)).toEqual([["1"], ["2", "10"]]);
    expect(directory[1].productCount).toBe(2);
  });
});
