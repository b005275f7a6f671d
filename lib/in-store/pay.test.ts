import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coupons, exitPasses, inventory, orders, payments, promotions, stockMovements } from "@/db/schema";
import { inStorePaySchema } from "@/lib/in-store/schemas";
import { placeOrder } from "@/lib/checkout/service";
import type { DatabaseHandle, Db } from "@/lib/db";
import { queryRows } from "@/lib/db/rows";
import { isAppError } from "@/lib/errors";
import { listPickupSlots } from "@/lib/fulfilment/slots";
import { priceBasket } from "@/lib/pricing/service";
import { checkoutForm, createCart, createShopper, createSku, createStore, stock } from "@/lib/testing/builders";
import { createTestDatabase } from "@/lib/testing/test-db";
import { payInStore } from "./pay";

let handle: DatabaseHandle;
let db: Db;
const SECRET = "test-secret-for-exit-passes";

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterAll(() => handle.close());

/** What the pay form posts, parsed as the action client parses it. */
const card = (overrides: Record<string, unknown> = {}) =>
  inStorePaySchema.parse({ idempotencyKey: randomUUID(), cardNumber: "4242 4242 4242 4242", cardExpiry: "12/30", cardCvc: "123", ...overrides });

async function stockRow(storeId: string, skuId: string) {
  const [row] = await db
    .select()
    .from(inventory)
    .where(sql`${inventory.storeId} = ${storeId} and ${inventory.skuId} = ${skuId}`);
  return row;
}

describe("payInStore", () => {
  it("charges what the web charges for the same basket and store, promotions and coupon included", async () => {
    const store = await createStore(db, { taxRateBps: 1025 });
    const { sku: a, categoryId } = await createSku(db, { priceCents: 1299 });
    const { sku: b } = await createSku(db, { priceCents: 450, categoryId });
    await stock(db, { storeId: store.id, skuId: a.id, onHand: 20 });
    await stock(db, { storeId: store.id, skuId: b.id, onHand: 20 });
    await db.insert(promotions).values({
      name: "Spring 15",
      kind: "percent_off",
      percentBps: 1500,
      scope: "category",
      categoryId,
      startsAt: new Date(Date.now() - 86_400_000),
    });
    const [promo] = await db
      .insert(promotions)
      .values({
        name: "Two off",
        kind: "fixed_off",
        amountCents: 200,
        scope: "order",
        requiresCoupon: true,
        startsAt: new Date(Date.now() - 86_400_000),
      })
      .returning();
    await db.insert(coupons).values({ code: "INSTORE2", promotionId: promo.id });
    const lines = [
      { skuId: a.id, quantity: 2 },
      { skuId: b.id, quantity: 3 },
    ];
    const web = await priceBasket(db, { storeId: store.id, channel: "web", fulfilment: "pickup", userId: null, lines, couponCode: "INSTORE2" });
    const inStore = await priceBasket(db, {
      storeId: store.id,
      channel: "scan_and_go",
      fulfilment: null,
      userId: null,
      lines,
      couponCode: "INSTORE2",
    });
    expect(inStore.totalCents).toBe(web.totalCents);
    expect(inStore.discountCents).toBeGreaterThan(0);

    const shopper = await createShopper(db);
    await createCart(db, { userId: shopper.id, lines });
    const sale = await payInStore(db, {
      userId: shopper.id,
      storeId: store.id,
      channel: "scan_and_go",
      input: card({ couponCode: "instore2" }),
      secret: SECRET,
    });
    const [order] = await db.select().from(orders).where(eq(orders.id, sale.orderId));
    expect(order.totalCents).toBe(web.totalCents);
    expect(order.discountCents).toBe(web.discountCents);
    expect(order.channel).toBe("scan_and_go");
    expect(order.status).toBe("completed");
    expect(order.fulfilment).toBeNull();
    const [payment] = await db.select().from(payments).where(eq(payments.orderId, order.id));
    expect(payment).toMatchObject({ status: "captured", amountCents: web.totalCents });
    // Sold from this store's shelf, with ledger rows that add up.
    expect((await stockRow(store.id, a.id)).onHand).toBe(18);
    expect((await stockRow(store.id, b.id)).onHand).toBe(17);
    const ledger = await db.select().from(stockMovements).where(eq(stockMovements.orderId, order.id));
    expect(ledger.map((m) => [m.reason, m.onHandDelta]).sort()).toEqual([
      ["sale", -2],
      ["sale", -3],
    ]);
    // An exit pass exists and the basket is empty.
    expect(await db.select().from(exitPasses).where(eq(exitPasses.orderId, order.id))).toHaveLength(1);
    await expect(payInStore(db, { userId: shopper.id, storeId: store.id, channel: "scan_and_go", input: card(), secret: SECRET })).rejects.toThrow(
      /empty/,
    );
  });

  it("is idempotent: a retried Pay returns the same sale and charges once", async () => {
    const store = await createStore(db);
    const { sku } = await createSku(db, { priceCents: 500 });
    await stock(db, { storeId: store.id, skuId: sku.id, onHand: 5 });
    const shopper = await createShopper(db);
    await createCart(db, { userId: shopper.id, lines: [{ skuId: sku.id, quantity: 1 }] });
    const input = card();
    const [first, second] = await Promise.all([
      payInStore(db, { userId: shopper.id, storeId: store.id, channel: "scan_and_go", input, secret: SECRET }),
      payInStore(db, { userId: shopper.id, storeId: store.id, channel: "scan_and_go", input, secret: SECRET }),
    ]);
    expect(second.orderId).toBe(first.orderId);
    expect((await stockRow(store.id, sku.id)).onHand).toBe(4);
  });

  it("sells a basket once when the phone and the kiosk pay for it at the same moment (different attempt keys)", async () => {
    const store = await createStore(db);
    const { sku } = await createSku(db, { priceCents: 700 });
    await stock(db, { storeId: store.id, skuId: sku.id, onHand: 10 });
    const shopper = await createShopper(db);
    await createCart(db, { userId: shopper.id, lines: [{ skuId: sku.id, quantity: 2 }] });
    const attempts = await Promise.allSettled([
      payInStore(db, { userId: shopper.id, storeId: store.id, channel: "scan_and_go", input: card(), secret: SECRET }),
      payInStore(db, { userId: shopper.id, storeId: store.id, channel: "kiosk", input: card(), secret: SECRET }),
    ]);
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    const refused = attempts.find((a) => a.status === "rejected") as PromiseRejectedResult;
    // Refused at the basket's lock (it changed after pricing) or, later still, finding it emptied.
    expect(isAppError(refused.reason), String(refused.reason)).toBe(true);
    expect([
      "conflict: Your basket changed while you were paying, so nothing was charged. Check it and try again.",
      "invalid_input: Your basket is empty. Scan an item to start.",
    ]).toContain(`${refused.reason.code}: ${refused.reason.message}`);
    expect(await db.select().from(orders).where(eq(orders.userId, shopper.id))).toHaveLength(1);
    expect((await stockRow(store.id, sku.id)).onHand).toBe(8);
  });

  it("refuses bad card input with field messages before anything runs (the action client parses it)", () => {
    const parsed = inStorePaySchema.safeParse({ idempotencyKey: randomUUID(), cardNumber: "12", cardExpiry: "13/99", cardCvc: "x" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path[0])).toEqual(expect.arrayContaining(["cardNumber", "cardExpiry", "cardCvc"]));
  });

  it("declined card: no order, no stock taken", async () => {
    const store = await createStore(db);
    const { sku } = await createSku(db);
    await stock(db, { storeId: store.id, skuId: sku.id, onHand: 3 });
    const shopper = await createShopper(db);
    await createCart(db, { userId: shopper.id, lines: [{ skuId: sku.id, quantity: 1 }] });
    const error = await payInStore(db, {
      userId: shopper.id,
      storeId: store.id,
      channel: "scan_and_go",
      input: card({ cardNumber: "4000000000000002" }),
    }).catch((e) => e);
    expect(isAppError(error, "payment_declined")).toBe(true);
    expect((await stockRow(store.id, sku.id)).onHand).toBe(3);
  });

  it("the last unit, sold in store and online at the same moment: exactly one wins, stock never negative", async () => {
    for (let round = 0; round < 5; round++) {
      const store = await createStore(db);
      const { sku } = await createSku(db, { priceCents: 999 });
      await stock(db, { storeId: store.id, skuId: sku.id, onHand: 1 });
      const inStoreShopper = await createShopper(db);
      const webShopper = await createShopper(db);
      await createCart(db, { userId: inStoreShopper.id, lines: [{ skuId: sku.id, quantity: 1 }] });
      const webCart = await createCart(db, { userId: webShopper.id, lines: [{ skuId: sku.id, quantity: 1 }] });
      const slot = (await listPickupSlots(db, { storeId: store.id }))[0].startsAt;

      const results = await Promise.allSettled([
        payInStore(db, { userId: inStoreShopper.id, storeId: store.id, channel: "scan_and_go", input: card(), secret: SECRET }),
        placeOrder(db, { userId: webShopper.id, cartId: webCart.id, input: checkoutForm({ storeId: store.id, slot }) }),
      ]);
      const won = results.filter((r) => r.status === "fulfilled");
      expect(won).toHaveLength(1);
      const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(isAppError(lost.reason, "out_of_stock")).toBe(true);

      const row = await stockRow(store.id, sku.id);
      expect(row.onHand - row.reserved).toBe(0);
      expect(await db.select().from(orders).where(eq(orders.storeId, store.id))).toHaveLength(1);
    }
    const [bad] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from inventory where on_hand < 0 or reserved < 0 or reserved > on_hand`,
    );
    expect(Number(bad.n)).toBe(0);
  });
});
