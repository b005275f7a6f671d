import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coupons, orders, promotionRedemptions, promotions } from "@/db/schema";
import { staffActor } from "@/lib/auth/actor";
import { placeOrder } from "@/lib/checkout/service";
import type { DatabaseHandle, Db } from "@/lib/db";
import { listPickupSlots } from "@/lib/fulfilment/slots";
import { checkoutForm, createCart, createShopper, createSku, stock, storeWithStaff } from "@/lib/testing/builders";
import { recordingProvider } from "@/lib/testing/payments";
import { createTestDatabase } from "@/lib/testing/test-db";
import { cancelOrder } from "./cancel";
import { sweepUncollectedOrders } from "./uncollected";

let handle: DatabaseHandle;
let db: Db;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterAll(() => handle.close());

let couponSeq = 0;

/** A store, a stocked SKU and a single-use coupon for $2 off the order. */
async function singleUseCoupon() {
  const staff = await storeWithStaff(db);
  const { sku } = await createSku(db, { priceCents: 1500 });
  await stock(db, { storeId: staff.store.id, skuId: sku.id, onHand: 20 });
  const [promo] = await db
    .insert(promotions)
    .values({ name: "$2 off", kind: "fixed_off", amountCents: 200, scope: "order", requiresCoupon: true, startsAt: new Date(Date.now() - 60_000) })
    .returning();
  const code = `ONCE-${++couponSeq}-${Date.now().toString(36).toUpperCase()}`;
  const [coupon] = await db.insert(coupons).values({ code, promotionId: promo.id, maxRedemptions: 1 }).returning();
  return { ...staff, sku, coupon };
}

/** A new shopper checks out one unit for pickup with `couponCode`. */
async function checkoutWith(s: Awaited<ReturnType<typeof singleUseCoupon>>, couponCode: string) {
  const shopper = await createShopper(db);
  const cart = await createCart(db, { userId: shopper.id, lines: [{ skuId: s.sku.id, quantity: 1 }] });
  const [slot] = await listPickupSlots(db, { storeId: s.store.id });
  const input = checkoutForm({ storeId: s.store.id, slot: slot.startsAt, couponCode, contactEmail: shopper.email });
  return placeOrder(db, { userId: shopper.id, cartId: cart.id, input, provider: recordingProvider().provider });
}

async function couponRow(id: string) {
  const [row] = await db.select().from(coupons).where(eq(coupons.id, id));
  return row;
}

describe("a cancelled order gives its coupon back", () => {
  it("a single-use coupon can be used again after the order that used it is cancelled by staff", async () => {
    const s = await singleUseCoupon();
    const first = await checkoutWith(s, s.coupon.code);
    expect((await couponRow(s.coupon.id)).redeemedCount).toBe(1);
    // While that order stands, the coupon is used up.
    await expect(checkoutWith(s, s.coupon.code)).rejects.toThrow(/fully redeemed/);

    const manager = await staffActor(db, { user: s.manager, storeCode: s.store.code, permission: "pickups:work" });
    await cancelOrder(db, { actor: manager, orderId: first.orderId, reason: "shopper asked", provider: recordingProvider().provider });

    expect((await couponRow(s.coupon.id)).redeemedCount).toBe(0);
    expect(await db.select().from(promotionRedemptions).where(eq(promotionRedemptions.orderId, first.orderId))).toHaveLength(0);
    const second = await checkoutWith(s, s.coupon.code);
    expect((await couponRow(s.coupon.id)).redeemedCount).toBe(1);
    const [order] = await db.select({ discountCents: orders.discountCents }).from(orders).where(eq(orders.id, second.orderId));
    expect(order.discountCents).toBe(200);
  });

  it("and so does an order the uncollected sweep cancels", async () => {
    const s = await singleUseCoupon();
    const first = await checkoutWith(s, s.coupon.code);
    // Ready and long overdue: the sweep cancels it.
    const dueAt = new Date(Date.now() - 30 * 24 * 60 * 60 * 1000);
    await db.update(orders).set({ status: "ready", dueAt }).where(eq(orders.id, first.orderId));
    await sweepUncollectedOrders(db, { provider: recordingProvider().provider });

    const [order] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, first.orderId));
    expect(order.status).toBe("cancelled");
    expect((await couponRow(s.coupon.id)).redeemedCount).toBe(0);
    await checkoutWith(s, s.coupon.code);
    expect((await couponRow(s.coupon.id)).redeemedCount).toBe(1);
  });
});
