import { eq, sql } from "drizzle-orm";
import { queryRows } from "@/lib/db/rows";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coupons, inventory, orders, payments, promotions } from "@/db/schema";
import type { DatabaseHandle, Db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { getOrderForShopper } from "@/lib/fulfilment/shopper-order";
import { listOrdersForShopper } from "@/lib/orders/queries";
import { listPickupSlots } from "@/lib/fulfilment/slots";
import { priceBasket } from "@/lib/pricing/service";
import { checkoutForm, rawCheckoutForm, createCart, createShopper, createSku, createStore, stock } from "@/lib/testing/builders";
import { recordingProvider } from "@/lib/testing/payments";
import { createTestDatabase } from "@/lib/testing/test-db";
import { checkoutSchema } from "./schemas";
import { placeOrder } from "./service";

let handle: DatabaseHandle;
let db: Db;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterAll(() => handle.close());

async function firstSlot(storeId: string) {
  return (await listPickupSlots(db, { storeId }))[0].startsAt;
}

async function count(query: ReturnType<typeof sql>) {
  return Number((await queryRows<{ n: number }>(db, query))[0].n);
}

async function stockOf(storeId: string, skuId: string) {
  const [row] = await db
    .select()
    .from(inventory)
    .where(sql`${inventory.storeId} = ${storeId} and ${inventory.skuId} = ${skuId}`);
  return row;
}

describe("placeOrder", () => {
  it("sells the last 10 units to exactly 10 of 50 concurrent shoppers", async () => {
    const store = await createStore(db);
    const { sku } = await createSku(db, { priceCents: 2500 });
    await stock(db, { storeId: store.id, skuId: sku.id, onHand: 10 });
    const slot = await firstSlot(store.id);
    const shoppers = await Promise.all(Array.from({ length: 50 }, () => createShopper(db)));
    const carts = await Promise.all(shoppers.map((s) => createCart(db, { userId: s.id, lines: [{ skuId: sku.id, quantity: 1 }] })));

    const results = await Promise.allSettled(
      shoppers.map((shopper, i) => placeOrder(db, { userId: shopper.id, cartId: carts[i].id, input: checkoutForm({ storeId: store.id, slot }) })),
    );
    const placed = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r) => r.status === "rejected");
    expect(placed).toHaveLength(10);
    for (const r of refused) expect(isAppError((r as PromiseRejectedResult).reason, "out_of_stock")).toBe(true);

    const row = await stockOf(store.id, sku.id);
    expect(row.onHand - row.reserved).toBe(0);
    expect(row.reserved).toBe(10);
    expect(await count(sql`select count(*)::int as n from orders where store_id = ${store.id}`)).toBe(10);
    expect(await count(sql`select count(*)::int as n from inventory where on_hand < 0 or reserved < 0 or reserved > on_hand`)).toBe(0);
    // The ledger agrees with the stock row.
    expect(
      await count(sql`select coalesce(sum(reserved_delta), 0)::int as n from stock_movements where store_id = ${store.id} and sku_id = ${sku.id}`),
    ).toBe(10);
  });

  it("gives one order and one payment for 20 calls with one idempotency key", async () => {
    const store = await createStore(db);
    const { sku } = await createSku(db);
    await stock(db, { storeId: store.id, skuId: sku.id, onHand: 100 });
    const shopper = await createShopper(db);
    const cart = await createCart(db, { userId: shopper.id, lines: [{ skuId: sku.id, quantity: 2 }] });
    const input = checkoutForm({ storeId: store.id, slot: await firstSlot(store.id) });

    const results = await Promise.all(Array.from({ length: 20 }, () => placeOrder(db, { userId: shopper.id, cartId: cart.id, input })));
    expect(new Set(results.map((r) => r.orderId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await count(sql`select count(*)::int as n from orders where user_id = ${shopper.id}`)).toBe(1);
    expect(await count(sql`select count(*)::int as n from payments where order_id = ${results[0].orderId}`)).toBe(1);
    expect((await stockOf(store.id, sku.id)).reserved).toBe(2);

    // A later retry (say, after a network error) returns the same order too.
    expect((await placeOrder(db, { userId: shopper.id, cartId: cart.id, input })).orderId).toBe(results[0].orderId);
  });

  it("places one order when one cart is checked out twice at once with different attempt keys (two tabs), and voids the other authorisation", async () => {
    const store = await createStore(db);
    const { sku } = await createSku(db, { priceCents: 1_000 });
    await stock(db, { storeId: store.id, skuId: sku.id, onHand: 100 });
    const shopper = await createShopper(db);
    const cart = await createCart(db, { userId: shopper.id, lines: [{ skuId: sku.id, quantity: 3 }] });
    const slot = await firstSlot(store.id);
    const { provider, authorized, voided } = recordingProvider();

    const attempts = await Promise.allSettled(
      Array.from({ length: 5 }, () =>
        placeOrder(db, { userId: shopper.id, cartId: cart.id, input: checkoutForm({ storeId: store.id, slot }), provider }),
      ),
    );
    const placed = attempts.filter((a) => a.status === "fulfilled");
    expect(placed).toHaveLength(1);
    for (const attempt of attempts.filter((a) => a.status === "rejected")) {
      const reason = (attempt as PromiseRejectedResult).reason;
      // Refused at the cart's lock (it changed after pricing) or, later still, finding it emptied.
      expect(isAppError(reason), String(reason)).toBe(true);
      expect([
        "conflict: Your cart changed while you were paying, so nothing was charged. Check it and try again.",
        "invalid_input: Your cart is empty.",
      ]).toContain(`${reason.code}: ${reason.message}`);
    }
    expect(await count(sql`select count(*)::int as n from orders where user_id = ${shopper.id}`)).toBe(1);
    expect((await stockOf(store.id, sku.id)).reserved).toBe(3);
    // Every authorisation but the order's own was given back.
    const [payment] = await db
      .select({ ref: payments.providerRef })
      .from(payments)
      .where(eq(payments.orderId, (placed[0] as PromiseFulfilledResult<{ orderId: string }>).value.orderId));
    expect(voided.sort()).toEqual(authorized.filter((ref) => ref !== payment.ref).sort());
  });

  it("ignores prices, discounts and totals sent by the client", async () => {
    const store = await createStore(db, { taxRateBps: 1000 });
    const { sku } = await createSku(db, { priceCents: 1999 });
    await stock(db, { storeId: store.id, skuId: sku.id, onHand: 5 });
    const shopper = await createShopper(db);
    const cart = await createCart(db, { userId: shopper.id, lines: [{ skuId: sku.id, quantity: 2 }] });
    const input = checkoutForm({
      storeId: store.id,
      slot: await firstSlot(store.id),
      totalCents: 1,
      subtotalCents: 1,
      discountCents: 99_999,
      unitPriceCents: 1,
      priceCents: 1,
    });
    const { orderId } = await placeOrder(db, { userId: shopper.id, cartId: cart.id, input });
    const [order] = await db.select().from(orders).where(eq(orders.id, orderId));
    expect(order).toMatchObject({ subtotalCents: 3998, discountCents: 0, taxCents: 400, totalCents: 4398 });
  });

  it("prices a basket the same through checkout and through every channel", async () => {
    const store = await createStore(db, { taxRateBps: 825 });
    const { sku, categoryId } = await createSku(db, { priceCents: 1250 });
    const other = await createSku(db, { priceCents: 399, categoryId });
    await stock(db, { storeId: store.id, skuId: sku.id, onHand: 20 });
    await stock(db, { storeId: store.id, skuId: other.sku.id, onHand: 20 });
    await db.insert(promotions).values([
      {
        name: "15% off the category",
        kind: "percent_off",
        percentBps: 1500,
        scope: "category",
        categoryId,
        startsAt: new Date(Date.now() - 86_400_000),
      },
      {
        name: "Buy 2 get 1",
        kind: "buy_x_get_y",
        buyQuantity: 2,
        getQuantity: 1,
        scope: "sku",
        skuId: other.sku.id,
        startsAt: new Date(Date.now() - 86_400_000),
      },
    ]);
    const lines = [
      { skuId: sku.id, quantity: 3 },
      { skuId: other.sku.id, quantity: 3 },
    ];
    const shopper = await createShopper(db);
    const base = { storeId: store.id, userId: shopper.id, lines };
    const web = await priceBasket(db, { ...base, channel: "web", fulfilment: "pickup" });
    const scanAndGo = await priceBasket(db, { ...base, channel: "scan_and_go", fulfilment: null });
    const kiosk = await priceBasket(db, { ...base, channel: "kiosk", fulfilment: null });
    expect(scanAndGo).toEqual(web);
    expect(kiosk).toEqual(web);
    // 3 × 12.50 = 37.50 − 15 % (5.63) ; 3 × 3.99 = 11.97 − one free (3.99, beats 15 % = 1.80)
    expect(web.subtotalCents).toBe(4947);
    expect(web.discountCents).toBe(563 + 399);

    const cart = await createCart(db, { userId: shopper.id, lines });
    const { orderId } = await placeOrder(db, {
      userId: shopper.id,
      cartId: cart.id,
      input: checkoutForm({ storeId: store.id, slot: await firstSlot(store.id) }),
    });
    const [order] = await db.select().from(orders).where(eq(orders.id, orderId));
    expect(order).toMatchObject({
      subtotalCents: web.subtotalCents,
      discountCents: web.discountCents,
      taxCents: web.taxCents,
      totalCents: web.totalCents,
    });
  });

  it("writes no order and reserves nothing when the card is declined", async () => {
    const store = await createStore(db);
    const { sku } = await createSku(db);
    await stock(db, { storeId: store.id, skuId: sku.id, onHand: 3 });
    const shopper = await createShopper(db);
    const cart = await createCart(db, { userId: shopper.id, lines: [{ skuId: sku.id, quantity: 1 }] });
    for (const cardNumber of ["4000 0000 0000 0002", "4000 0000 0000 9995"]) {
      const error = await placeOrder(db, {
        userId: shopper.id,
        cartId: cart.id,
        input: checkoutForm({ storeId: store.id, slot: await firstSlot(store.id), cardNumber }),
      }).catch((e) => e);
      expect(isAppError(error, "payment_declined")).toBe(true);
      expect(error.message).toMatch(/declined|insufficient funds/);
    }
    expect(await count(sql`select count(*)::int as n from orders where user_id = ${shopper.id}`)).toBe(0);
    expect((await stockOf(store.id, sku.id)).reserved).toBe(0);
    const declined = await db.select().from(payments).where(eq(payments.status, "declined"));
    expect(declined.every((p) => p.last4 && p.last4.length === 4 && !JSON.stringify(p).includes("4000000000000002"))).toBe(true);
  });

  it("the checkout schema (the action's input) refuses bad fields, each by name", () => {
    const parsed = checkoutSchema.safeParse(
      rawCheckoutForm({ storeId: crypto.randomUUID(), fulfilment: "delivery", contactEmail: "nope", cardExpiry: "13/99" }),
    );
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => issue.path[0])).toEqual(
      expect.arrayContaining(["contactEmail", "cardExpiry", "addressLine1", "postalCode"]),
    );
  });

  it("redeems a single-use coupon once when many shoppers race for it", async () => {
    const store = await createStore(db);
    const { sku } = await createSku(db, { priceCents: 6000 });
    await stock(db, { storeId: store.id, skuId: sku.id, onHand: 100 });
    const [promo] = await db
      .insert(promotions)
      .values({ name: "$5 off", kind: "fixed_off", amountCents: 500, scope: "order", requiresCoupon: true, startsAt: new Date(Date.now() - 1000) })
      .returning();
    await db.insert(coupons).values({ code: "ONLYONCE", promotionId: promo.id, maxRedemptions: 1 });
    const slot = await firstSlot(store.id);
    const shoppers = await Promise.all(Array.from({ length: 8 }, () => createShopper(db)));
    const results = await Promise.allSettled(
      shoppers.map(async (shopper) => {
        const cart = await createCart(db, { userId: shopper.id, lines: [{ skuId: sku.id, quantity: 1 }] });
        return placeOrder(db, { userId: shopper.id, cartId: cart.id, input: checkoutForm({ storeId: store.id, slot, couponCode: "onlyonce" }) });
      }),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [coupon] = await db.select().from(coupons).where(eq(coupons.code, "ONLYONCE"));
    expect(coupon.redeemedCount).toBe(1);
    expect((await stockOf(store.id, sku.id)).reserved).toBe(1);
  });
});

describe("order access", () => {
  it("shows a shopper their own order and nobody else's", async () => {
    const store = await createStore(db);
    const { sku } = await createSku(db);
    await stock(db, { storeId: store.id, skuId: sku.id, onHand: 5 });
    const owner = await createShopper(db);
    const stranger = await createShopper(db);
    const cart = await createCart(db, { userId: owner.id, lines: [{ skuId: sku.id, quantity: 1 }] });
    const { orderId } = await placeOrder(db, {
      userId: owner.id,
      cartId: cart.id,
      input: checkoutForm({ storeId: store.id, slot: await firstSlot(store.id) }),
    });

    const mine = await getOrderForShopper(db, { orderId, userId: owner.id });
    expect(mine?.pickupCode).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);
    expect(mine?.history.map((h) => h.toStatus)).toEqual(["placed"]);
    expect(mine?.payment).toMatchObject({ status: "authorized", last4: "4242" });
    expect(await getOrderForShopper(db, { orderId, userId: stranger.id })).toBeNull();
    expect(await getOrderForShopper(db, { orderId: "not-a-uuid", userId: owner.id })).toBeNull();
    expect(await listOrdersForShopper(db, { userId: stranger.id })).toEqual([]);

    // Nor can a stranger check out with someone else's cart.
    const error = await placeOrder(db, {
      userId: stranger.id,
      cartId: cart.id,
      input: checkoutForm({ storeId: store.id, slot: await firstSlot(store.id) }),
    }).catch((e) => e);
    expect(isAppError(error, "not_found")).toBe(true);
  });
});
