import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/lib/db";
import { countStatements, type StatementCounter } from "@/lib/db/statement-counter";
import { listPickupSlots } from "@/lib/fulfilment/slots";
import { STORE_COOKIE } from "@/lib/stores/cookie";
import { actionRequest, RedirectSignal } from "@/lib/testing/action-request";
import { createCart, createShopper, createSku, createStore, rawCheckoutForm, stock } from "@/lib/testing/builders";
import { createTestDatabase } from "@/lib/testing/test-db";

// The real action, on a real database; only the request (session, cookies, headers) is made up.
const request = actionRequest();
vi.mock("@/lib/db", async (importOriginal) => ({ ...(await importOriginal<object>()), getDb: async () => request.state.handle!.db }));
vi.mock("next-auth", () => ({ getServerSession: async () => request.state.session }));
vi.mock("next/headers", () => ({ cookies: async () => request.cookieStore, headers: async () => request.state.headers }));
vi.mock("next/cache", () => ({ refresh: () => {}, revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (location: string) => {
    throw new RedirectSignal(location);
  },
  unstable_rethrow: (error: unknown) => {
    if (error instanceof RedirectSignal) throw error;
  },
  notFound: () => {
    throw new Error("notFound");
  },
  forbidden: () => {
    throw new Error("forbidden");
  },
}));

const { placeOrderAction } = await import("./actions");

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
beforeEach(() => request.state.cookies.clear());

/** A signed-in shopper at a store (the store cookie set), with two lines in the cart. */
async function shopperReadyToPay() {
  const db = handle.db;
  const store = await createStore(db);
  const skus = await Promise.all([createSku(db, { priceCents: 1250 }), createSku(db, { priceCents: 399 })]);
  for (const { sku } of skus) await stock(db, { storeId: store.id, skuId: sku.id, onHand: 50 });
  const shopper = await createShopper(db);
  await createCart(db, { userId: shopper.id, lines: skus.map(({ sku }, i) => ({ skuId: sku.id, quantity: i + 1 })) });
  const [slot] = await listPickupSlots(db, { storeId: store.id });
  request.signIn(shopper);
  request.state.cookies.set(STORE_COOKIE, store.code);
  return { store, slot: slot.startsAt };
}

/** Runs the action and answers the order it placed (the redirect of the old action, or its data). */
async function place(form: Record<string, unknown>) {
  try {
    const result = await placeOrderAction(form as never);
    if (!result.ok) throw new Error(`place order failed: ${result.code} ${result.message}`);
    return result.data as unknown as { orderId: string };
  } catch (error) {
    if (error instanceof RedirectSignal) return { orderId: new URL(error.location, "http://x").pathname.split("/").pop()! };
    throw error;
  }
}

describe("placing a pickup order: SQL round trips", () => {
  it("takes at most 12 statements in the action, the session, pricing, payment limits and the transaction included", async () => {
    const { store, slot } = await shopperReadyToPay();
    counter.reset();
    const placed = await place(rawCheckoutForm({ storeId: store.id, slot }));
    const statements = [...counter.statements];
    expect(placed.orderId).toMatch(/^[0-9a-f-]{36}$/);
    const inTransaction = statements.slice(statements.indexOf("BEGIN"), statements.lastIndexOf("COMMIT") + 1);
    console.info(
      `place order (pickup, 2 lines): ${statements.length} statements, ${inTransaction.length} in the transaction\n  ${statements.join("\n  ")}`,
    );
    expect(statements.length).toBeLessThanOrEqual(12);
  });
});
