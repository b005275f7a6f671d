import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coupons, inventory, orders, payments, promotionRedemptions, promotions } from "@/db/schema";
import type { DatabaseHandle, Db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { listPickupSlots } from "@/lib/fulfilment/slots";
import { checkoutForm, createCart, createShopper, createSku, createStore, stock } from "@/lib/testing/builders";
import { recordingProvider } from "@/lib/testing/payments";
import { createTestDatabase } from "@/lib/testing/test-db";
import { placeOrder } from "./service";

/**
 * Abuse limit: a single-use coupon raced by 50 checkouts at once is redeemed exactly once.
 * (lib/checkout/service.test.ts has the same race with 8 shoppers; this is the 50.)
 * On PostgreSQL (TEST_DATABASE_URL) the 50 run truly concurrently through the pool; on PGlite
 * they interleave on one connection.
 */
describe("a single-use coupon under a 50-way race", () => {
  let handle: DatabaseHandle;
  let db: Db;

  beforeAll(async () => {
    handle = await createTestDatabase();
    db = handle.db;
  });
  afterAll(() => handle.close());

  it("succeeds once; the 49 others are refused with a clear coupon error and write nothing", async () => {
    const store = await createStore(db);
    const { sku } = await createSku(db, { priceCents: 4000 });
    await stock(db, { storeId: store.id, skuId: sku.id, onHand: 1000 });
    const [promo] = await db
      .insert(promotions)
      .values({ name: "$10 off", kind: "fixed_off", amountCents: 1000, scope: "order", requiresCoupon: true, startsAt: new Date(Date.now() - 1000) })
      .returning();
    const [coupon] = await db.insert(coupons).values({ code: "RACE50", promotionId: promo.id, maxRedemptions: 1 }).returning();
    const slot = (await listPickupSlots(db, { storeId: store.id }))[0].startsAt;
    const shoppers = await Promise.all(Array.from({ length: 50 }, () => createShopper(db)));
    const carts = await Promise.all(shoppers.map((shopper) => createCart(db, { userId: shopper.id, lines: [{ skuId: sku.id, quantity: 1 }] })));

    const { provider, authorized, voided } = recordingProvider();
    const results = await Promise.allSettled(
      shoppers.map((shopper, i) =>
        placeOrder(db, { userId: shopper.id, cartId: carts[i].id, input: checkoutForm({ storeId: store.id, slot, couponCode: "race50" }), provider }),
      ),
    );

    const won = results.filter((r): r is PromiseFulfilledResult<Awaited<ReturnType<typeof placeOrder>>> => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(49);
    // Refused before the card (the quote saw it used) or at the redemption's row lock after it:
    // a coupon error on the coupon field either way, never some other failure.
    const atQuote = lost.filter(({ reason }) => isAppError(reason, "invalid_input"));
    const atLock = lost.filter(({ reason }) => isAppError(reason, "conflict"));
    expect(atQuote.length + atLock.length, lost.map(({ reason }) => String(reason)).join("\n")).toBe(49);
    for (const { reason } of atQuote) {
      expect(reason.message).toBe("This code has been fully redeemed.");
      expect(reason.fieldErrors).toEqual({ couponCode: ["This code has been fully redeemed."] });
    }
    for (const { reason } of atLock) {
      expect(reason.message).toBe("This code has just been fully redeemed.");
      expect(reason.fieldErrors).toEqual({ couponCode: ["This code is no longer available."] });
    }

    const [after] = await db.select().from(coupons).where(eq(coupons.id, coupon.id));
    expect(after.redeemedCount).toBe(1);
    expect(await db.select().from(promotionRedemptions).where(eq(promotionRedemptions.couponId, coupon.id))).toHaveLength(1);
    expect(await db.select({ id: orders.id }).from(orders).where(eq(orders.storeId, store.id))).toHaveLength(1);
    const [held] = await db
      .select()
      .from(inventory)
      .where(sql`${inventory.storeId} = ${store.id} and ${inventory.skuId} = ${sku.id}`);
    expect(held.reserved).toBe(1);
    // The card was authorised for the winner and for every loser refused at the lock (not for
    // those refused at the quote), and each of those losers' authorisations was voided.
    const [payment] = await db.select({ ref: payments.providerRef }).from(payments).where(eq(payments.orderId, won[0].value.orderId));
    expect(authorized).toHaveLength(1 + atLock.length);
    expect(authorized).toContain(payment.ref);
    expect([...voided].sort()).toEqual(authorized.filter((ref) => ref !== payment.ref).sort());
  }, 120_000);
});
