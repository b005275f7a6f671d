import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/lib/db";
import { countStatements, type StatementCounter } from "@/lib/db/statement-counter";
import { STORE_COOKIE } from "@/lib/stores/cookie";
import { actionRequest } from "@/lib/testing/action-request";
import { createCart, createShopper, createSku, createStore, stock } from "@/lib/testing/builders";
import { createTestDatabase } from "@/lib/testing/test-db";
import { GUEST_CART_COOKIE } from "./cookie";

// The real action, on a real database; only the request (session, cookies, headers) is made up.
const request = actionRequest();
vi.mock("@/lib/db", async (importOriginal) => ({ ...(await importOriginal<object>()), getDb: async () => request.state.handle!.db }));
vi.mock("next-auth", () => ({ getServerSession: async () => request.state.session }));
vi.mock("next/headers", () => ({ cookies: async () => request.cookieStore, headers: async () => request.state.headers }));
vi.mock("next/cache", () => ({ refresh: () => {}, revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));

const { addToCartAction, removeFromCartAction, setCartQuantityAction } = await import("./actions");

let handle: DatabaseHandle;
let counter: StatementCounter;
beforeAll(async () => {
  handle = await createTestDatabase();
  request.state.handle = handle;
  counter = countStatements(handle.db);
});
afterAll(async () => {
  counter.stop();
  await handle.close();
});
beforeEach(() => {
  request.state.cookies.clear();
  request.state.session = null;
});

/** A store (its cookie set) with a SKU in stock and another already in the cart. */
async function storeWithStock() {
  const db = handle.db;
  const store = await createStore(db);
  const [{ sku }, { sku: inCart }] = await Promise.all([createSku(db), createSku(db)]);
  await stock(db, { storeId: store.id, skuId: sku.id, onHand: 20 });
  await stock(db, { storeId: store.id, skuId: inCart.id, onHand: 20 });
  request.state.cookies.set(STORE_COOKIE, store.code);
  return { store, sku, inCart };
}

async function addAndCount(skuId: string) {
  counter.reset();
  const result = await addToCartAction({ skuId, quantity: 1 });
  const statements = [...counter.statements];
  expect(result).toMatchObject({ ok: true, data: { count: 2, quantity: 1 } });
  return statements;
}

// Add to cart: the caller, the cart and the store, then one short transaction.
const ADD_TO_CART_MAX = 6;

describe("add to cart: SQL round trips", () => {
  it(`takes at most ${ADD_TO_CART_MAX} statements for a signed-in shopper's cart`, async () => {
    const { sku, inCart } = await storeWithStock();
    const shopper = await createShopper(handle.db);
    await createCart(handle.db, { userId: shopper.id, lines: [{ skuId: inCart.id, quantity: 1 }] });
    request.signIn(shopper);
    const statements = await addAndCount(sku.id);
    console.info(`add to cart (signed in): ${statements.length} statements\n  ${statements.join("\n  ")}`);
    expect(statements.length).toBeLessThanOrEqual(ADD_TO_CART_MAX);
  });

  it(`takes at most ${ADD_TO_CART_MAX} statements for a guest's cart`, async () => {
    const { store, sku, inCart } = await storeWithStock();
    const { addToCart, getOrCreateCart, newGuestToken } = await import("./service");
    const owner = { guestToken: newGuestToken() };
    const cart = await getOrCreateCart(handle.db, { owner, storeId: store.id });
    await addToCart(handle.db, { cartId: cart.id, ...owner, storeId: store.id, skuId: inCart.id, quantity: 1 });
    request.state.cookies.set(GUEST_CART_COOKIE, owner.guestToken);
    const statements = await addAndCount(sku.id);
    console.info(`add to cart (guest): ${statements.length} statements\n  ${statements.join("\n  ")}`);
    expect(statements.length).toBeLessThanOrEqual(ADD_TO_CART_MAX);
  });

  it(`changes a quantity and removes a line in at most ${ADD_TO_CART_MAX} statements each`, async () => {
    const { sku, inCart } = await storeWithStock();
    const shopper = await createShopper(handle.db);
    await createCart(handle.db, {
      userId: shopper.id,
      lines: [
        { skuId: inCart.id, quantity: 1 },
        { skuId: sku.id, quantity: 1 },
      ],
    });
    request.signIn(shopper);
    counter.reset();
    expect(await setCartQuantityAction({ skuId: sku.id, quantity: 3 })).toMatchObject({ ok: true, data: { count: 4, quantity: 3 } });
    const set = [...counter.statements];
    counter.reset();
    expect(await removeFromCartAction({ skuId: sku.id })).toMatchObject({ ok: true, data: { count: 1, quantity: 0 } });
    const removed = [...counter.statements];
    console.info(`set quantity: ${set.length} statements; remove: ${removed.length}`);
    expect(set.length).toBeLessThanOrEqual(ADD_TO_CART_MAX);
    expect(removed.length).toBeLessThanOrEqual(ADD_TO_CART_MAX);
  });
});
