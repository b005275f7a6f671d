import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cartLines, carts, products, skus } from "@/db/schema";
import type { DatabaseHandle, Db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { createShopper, createSku, createStore, stock } from "@/lib/testing/builders";
import { rejection } from "@/lib/testing/errors";
import { createTestDatabase } from "@/lib/testing/test-db";
import { getCartCount, getCartView } from "./queries";
import {
  addToCart,
  findCart,
  getOrCreateCart,
  listCartLines,
  mergeGuestCart,
  newGuestToken,
  removeFromCart,
  setCartQuantity,
  type CartOwner,
} from "./service";

let handle: DatabaseHandle;
let db: Db;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterAll(() => handle.close());

async function linesOf(cartId: string) {
  return Object.fromEntries((await listCartLines(db, { cartId })).map((l) => [l.skuId, l.quantity]));
}

async function setup({ onHand = 10, storeName }: { onHand?: number; storeName?: string } = {}) {
  const store = await createStore(db, storeName ? { name: storeName } : {});
  const { sku } = await createSku(db, { priceCents: 450 });
  await stock(db, { storeId: store.id, skuId: sku.id, onHand });
  const shopper = await createShopper(db);
  const owner: CartOwner = { userId: shopper.id };
  const cart = await getOrCreateCart(db, { owner, storeId: store.id });
  return { store, sku, shopper, owner, cart };
}

describe("cart service", () => {
  it("adds to the shopper's cart and sums repeated adds", async () => {
    const { store, sku, owner, cart } = await setup();
    const first = await addToCart(db, { cartId: cart.id, ...owner, storeId: store.id, skuId: sku.id, quantity: 2 });
    expect(first).toMatchObject({ quantity: 2, capped: false, message: null });
    await addToCart(db, { cartId: cart.id, ...owner, storeId: store.id, skuId: sku.id, quantity: 3 });
    expect(await linesOf(cart.id)).toEqual({ [sku.id]: 5 });
    expect((await getCartCount(db, { cartId: cart.id, storeId: store.id, userId: owner.userId! })).count).toBe(5);
  });

  it("gives one cart per shopper, whoever asks first", async () => {
    const shopper = await createShopper(db);
    const store = await createStore(db);
    const results = await Promise.all(Array.from({ length: 5 }, () => getOrCreateCart(db, { owner: { userId: shopper.id }, storeId: store.id })));
    expect(new Set(results.map((c) => c.id)).size).toBe(1);
  });

  it("caps the quantity at the store's available stock and says so", async () => {
    const { store, sku, owner, cart } = await setup({ onHand: 5, storeName: "Aisle Capitol Hill" });
    // 3 of the 5 are promised to pickup orders: 2 can be sold.
    await db.execute(sql`update inventory set reserved = 3 where store_id = ${store.id} and sku_id = ${sku.id}`);
    const change = await addToCart(db, { cartId: cart.id, ...owner, storeId: store.id, skuId: sku.id, quantity: 4 });
    expect(change).toMatchObject({ quantity: 2, capped: true, message: "Only 2 left at Aisle Capitol Hill" });
    expect(await linesOf(cart.id)).toEqual({ [sku.id]: 2 });

    // Nothing more to add: refused, and nothing changes.
    const error = await rejection(addToCart(db, { cartId: cart.id, ...owner, storeId: store.id, skuId: sku.id, quantity: 1 }));
    expect(isAppError(error, "out_of_stock")).toBe(true);
    expect((error as Error).message).toContain("Only 2 left at Aisle Capitol Hill");
    expect(await linesOf(cart.id)).toEqual({ [sku.id]: 2 });

    // Setting a quantity is capped the same way.
    const set = await setCartQuantity(db, { cartId: cart.id, ...owner, storeId: store.id, skuId: sku.id, quantity: 9 });
    expect(set).toMatchObject({ quantity: 2, capped: true, message: "Only 2 left at Aisle Capitol Hill" });
    await setCartQuantity(db, { cartId: cart.id, ...owner, storeId: store.id, skuId: sku.id, quantity: 1 });
    expect(await linesOf(cart.id)).toEqual({ [sku.id]: 1 });
  });

  it("refuses out-of-stock and unknown SKUs, and quantities the database would refuse", async () => {
    const { store, owner, cart } = await setup();
    const { sku: none } = await createSku(db);
    await stock(db, { storeId: store.id, skuId: none.id, onHand: 0 });
    const out = await rejection(addToCart(db, { cartId: cart.id, ...owner, storeId: store.id, skuId: none.id, quantity: 1 }));
    expect(isAppError(out, "out_of_stock")).toBe(true);
    expect((out as Error).message).toMatch(/^Out of stock at /);

    const unknown = await rejection(
      addToCart(db, { cartId: cart.id, ...owner, storeId: store.id, skuId: "00000000-0000-4000-8000-000000000000", quantity: 1 }),
    );
    expect(isAppError(unknown, "not_found")).toBe(true);

    const { sku: withdrawn, product } = await createSku(db);
    await stock(db, { storeId: store.id, skuId: withdrawn.id, onHand: 5 });
    await db.update(products).set({ active: false }).where(eq(products.id, product.id));
    expect(
      isAppError(await rejection(addToCart(db, { cartId: cart.id, ...owner, storeId: store.id, skuId: withdrawn.id, quantity: 1 })), "not_found"),
    ).toBe(true);
    expect(await linesOf(cart.id)).toEqual({});
  });

  it("caps a line at 99", async () => {
    const { store, sku, owner, cart } = await setup({ onHand: 500 });
    await addToCart(db, { cartId: cart.id, ...owner, storeId: store.id, skuId: sku.id, quantity: 60 });
    const change = await addToCart(db, { cartId: cart.id, ...owner, storeId: store.id, skuId: sku.id, quantity: 60 });
    expect(change).toMatchObject({ quantity: 99, capped: true, message: "You can have up to 99 of one item." });
  });

  it("removes lines, and a second remove is harmless", async () => {
    const { store, sku, owner, cart } = await setup();
    await addToCart(db, { cartId: cart.id, ...owner, storeId: store.id, skuId: sku.id, quantity: 1 });
    await removeFromCart(db, { cartId: cart.id, ...owner, skuId: sku.id });
    await removeFromCart(db, { cartId: cart.id, ...owner, skuId: sku.id });
    expect(await linesOf(cart.id)).toEqual({});
  });

  it("never lets a shopper touch another shopper's cart lines", async () => {
    const { store, sku, owner, cart } = await setup();
    await addToCart(db, { cartId: cart.id, ...owner, storeId: store.id, skuId: sku.id, quantity: 3 });
    const stranger = await createShopper(db);
    const guest = { guestToken: newGuestToken() };
    await getOrCreateCart(db, { owner: guest, storeId: store.id });

    for (const other of [{ userId: stranger.id }, guest] as CartOwner[]) {
      const attempts = [
        () => addToCart(db, { cartId: cart.id, ...other, storeId: store.id, skuId: sku.id, quantity: 1 }),
        () => setCartQuantity(db, { cartId: cart.id, ...other, storeId: store.id, skuId: sku.id, quantity: 1 }),
        () => removeFromCart(db, { cartId: cart.id, ...other, skuId: sku.id }),
      ];
      for (const attempt of attempts) expect(isAppError(await rejection(attempt()), "not_found")).toBe(true);
    }
    expect(await linesOf(cart.id)).toEqual({ [sku.id]: 3 });
  });
});

describe("guest cart merge", () => {
  it("moves the guest's lines into the account, summing quantities, and deletes the guest cart", async () => {
    const { store, sku, shopper, owner, cart } = await setup({ onHand: 50 });
    const { sku: other } = await createSku(db);
    await stock(db, { storeId: store.id, skuId: other.id, onHand: 50 });
    await addToCart(db, { cartId: cart.id, ...owner, storeId: store.id, skuId: sku.id, quantity: 2 });

    const guestToken = newGuestToken();
    const guestCart = await getOrCreateCart(db, { owner: { guestToken }, storeId: store.id });
    await addToCart(db, { cartId: guestCart.id, guestToken, storeId: store.id, skuId: sku.id, quantity: 3 });
    await addToCart(db, { cartId: guestCart.id, guestToken, storeId: store.id, skuId: other.id, quantity: 1 });

    const merged = await mergeGuestCart(db, { userId: shopper.id, guestToken, storeId: store.id });
    expect(merged).toEqual({ cartId: cart.id, mergedLines: 2 });
    expect(await linesOf(cart.id)).toEqual({ [sku.id]: 5, [other.id]: 1 });
    expect(await findCart(db, { guestToken })).toBeNull();
    expect(await db.select().from(carts).where(eq(carts.id, guestCart.id))).toHaveLength(0);
    expect(await db.select().from(cartLines).where(eq(cartLines.cartId, guestCart.id))).toHaveLength(0);

    // Idempotent: a second merge (another tab, another page) changes nothing.
    expect(await mergeGuestCart(db, { userId: shopper.id, guestToken, storeId: store.id })).toBeNull();
    expect(await linesOf(cart.id)).toEqual({ [sku.id]: 5, [other.id]: 1 });
  });

  it("merges concurrent sign-in requests exactly once", async () => {
    const { store, sku, shopper, cart } = await setup({ onHand: 50 });
    const guestToken = newGuestToken();
    const guestCart = await getOrCreateCart(db, { owner: { guestToken }, storeId: store.id });
    await addToCart(db, { cartId: guestCart.id, guestToken, storeId: store.id, skuId: sku.id, quantity: 4 });
    const results = await Promise.all(Array.from({ length: 4 }, () => mergeGuestCart(db, { userId: shopper.id, guestToken, storeId: store.id })));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await linesOf(cart.id)).toEqual({ [sku.id]: 4 });
  });

  it("creates the account cart when the shopper had none, and caps sums by stock and 99", async () => {
    const store = await createStore(db, { name: "Aisle Ballard" });
    const { sku: scarce } = await createSku(db);
    const { sku: plenty } = await createSku(db);
    await stock(db, { storeId: store.id, skuId: scarce.id, onHand: 3 });
    await stock(db, { storeId: store.id, skuId: plenty.id, onHand: 1000 });
    const shopper = await createShopper(db);
    // The shopper's account cart was filled on another device.
    const account = await getOrCreateCart(db, { owner: { userId: shopper.id }, storeId: store.id });
    await db.insert(cartLines).values({ cartId: account.id, skuId: plenty.id, quantity: 90 });

    const guestToken = newGuestToken();
    const guestCart = await getOrCreateCart(db, { owner: { guestToken }, storeId: store.id });
    await db.insert(cartLines).values([
      { cartId: guestCart.id, skuId: scarce.id, quantity: 5 }, // more than the store has now
      { cartId: guestCart.id, skuId: plenty.id, quantity: 20 },
    ]);
    await mergeGuestCart(db, { userId: shopper.id, guestToken, storeId: store.id });
    expect(await linesOf(account.id)).toEqual({ [scarce.id]: 3, [plenty.id]: 99 });

    const fresh = await createShopper(db);
    const token2 = newGuestToken();
    const guest2 = await getOrCreateCart(db, { owner: { guestToken: token2 }, storeId: store.id });
    await db.insert(cartLines).values({ cartId: guest2.id, skuId: plenty.id, quantity: 2 });
    const result = await mergeGuestCart(db, { userId: fresh.id, guestToken: token2, storeId: store.id });
    expect(result?.cartId).toBe((await findCart(db, { userId: fresh.id }))?.id);
    expect(await linesOf(result!.cartId)).toEqual({ [plenty.id]: 2 });
  });
});

describe("cart view", () => {
  it("prices lines with the one price function and flags lines the store can't fill", async () => {
    const store = await createStore(db, { name: "Aisle Fremont", taxRateBps: 1000 });
    const { sku } = await createSku(db, { priceCents: 1000, name: "Oat Milk" });
    const { sku: gone, product: goneProduct } = await createSku(db, { priceCents: 500 });
    await db
      .update(skus)
      .set({ attributes: { size: "1 l" } })
      .where(eq(skus.id, sku.id));
    await stock(db, { storeId: store.id, skuId: sku.id, onHand: 1 });
    await stock(db, { storeId: store.id, skuId: gone.id, onHand: 5 });
    const shopper = await createShopper(db);
    const cart = await getOrCreateCart(db, { owner: { userId: shopper.id }, storeId: store.id });
    await db.insert(cartLines).values([
      { cartId: cart.id, skuId: sku.id, quantity: 3 },
      { cartId: cart.id, skuId: gone.id, quantity: 1 },
    ]);
    await db.update(products).set({ active: false }).where(eq(products.id, goneProduct.id));

    const view = await getCartView(db, { cartId: cart.id, store, userId: shopper.id });
    const milk = view.lines.find((l) => l.skuId === sku.id)!;
    expect(milk).toMatchObject({ quantity: 3, lineTotalCents: 3000, variant: "Size: 1 l", stockWarning: "Only 1 left at Aisle Fremont" });
    expect(view.lines.find((l) => l.skuId === gone.id)).toMatchObject({ sellable: false, lineTotalCents: 0 });
    expect(view.summary).toMatchObject({ subtotalCents: 3000, taxCents: 300, totalCents: 3300 });
    expect(view.hasProblems).toBe(true);
  });
});
