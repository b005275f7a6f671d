import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, notifications, orders } from "@/db/schema";
import type { DatabaseHandle, Db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { placeOrder } from "@/lib/checkout/service";
import { listPickupSlots } from "@/lib/fulfilment/slots";
import { checkoutForm, createCart, createShopper, createSku, createStore, stock } from "@/lib/testing/builders";
import { rejection } from "@/lib/testing/errors";
import { createTestDatabase } from "@/lib/testing/test-db";
import { imHereSchema, markCurbsideArrival } from "./curbside-arrival";

/** "I'm here" as the form posts it, parsed as the action client parses it. */
const arrival = (orderId: string, parkingSpot: string) => imHereSchema.parse({ orderId, parkingSpot });

let handle: DatabaseHandle;
let db: Db;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterAll(() => handle.close());

async function orderFor(fulfilment: "curbside" | "pickup" | "delivery") {
  const store = await createStore(db);
  const { sku } = await createSku(db);
  await stock(db, { storeId: store.id, skuId: sku.id, onHand: 10 });
  const shopper = await createShopper(db, "Robin Curb");
  const cart = await createCart(db, { userId: shopper.id, lines: [{ skuId: sku.id, quantity: 1 }] });
  const input =
    fulfilment === "delivery"
      ? checkoutForm({ storeId: store.id, fulfilment, addressLine1: "1 Main St", city: "Seattle", region: "WA", postalCode: "98101" })
      : checkoutForm({ storeId: store.id, fulfilment, slot: (await listPickupSlots(db, { storeId: store.id }))[0].startsAt });
  const { orderId } = await placeOrder(db, { userId: shopper.id, cartId: cart.id, input });
  return { orderId, shopper, store };
}

async function countFor(orderId: string) {
  const [n] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(sql`${notifications.orderId} = ${orderId} and ${notifications.kind} = 'curbside_arrived'`);
  const [a] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(eq(auditLog.entityId, orderId));
  return { notifications: Number(n.n), audits: Number(a.n) };
}

describe("curbside I'm here", () => {
  it("records the arrival and spot, tells the store once, and is idempotent", async () => {
    const { orderId, shopper, store } = await orderFor("curbside");
    const first = await markCurbsideArrival(db, { input: arrival(orderId, " 4 "), userId: shopper.id });
    expect(first).toMatchObject({ parkingSpot: "4", changed: true });
    const again = await markCurbsideArrival(db, { input: arrival(orderId, "4"), userId: shopper.id });
    expect(again.changed).toBe(false);
    expect(again.arrivedAt.getTime()).toBe(first.arrivedAt.getTime());

    const [order] = await db.select().from(orders).where(eq(orders.id, orderId));
    expect(order.parkingSpot).toBe("4");
    expect(order.curbsideArrivedAt).not.toBeNull();
    expect(await countFor(orderId)).toEqual({ notifications: 1, audits: 1 });
    const [note] = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.orderId, orderId), eq(notifications.kind, "curbside_arrived")));
    expect(note).toMatchObject({ channel: "in_app", recipient: `store:${store.code}` });
    expect(note.body).toContain("spot 4");

    // Moving to another spot keeps the arrival time and tells the store again.
    const moved = await markCurbsideArrival(db, { input: arrival(orderId, "7"), userId: shopper.id });
    expect(moved.arrivedAt.getTime()).toBe(first.arrivedAt.getTime());
    expect(await countFor(orderId)).toEqual({ notifications: 2, audits: 2 });
  });

  it("is only for the order's owner: a stranger gets not found and changes nothing", async () => {
    const { orderId } = await orderFor("curbside");
    const stranger = await createShopper(db);
    const error = await rejection(markCurbsideArrival(db, { input: arrival(orderId, "2"), userId: stranger.id }));
    expect(isAppError(error, "not_found")).toBe(true);
    const [order] = await db.select().from(orders).where(eq(orders.id, orderId));
    expect(order.curbsideArrivedAt).toBeNull();
    expect(await countFor(orderId)).toEqual({ notifications: 0, audits: 0 });
  });

  it("is refused for delivery and in-store pickup orders, and once collected or cancelled", async () => {
    for (const fulfilment of ["delivery", "pickup"] as const) {
      const { orderId, shopper } = await orderFor(fulfilment);
      expect(isAppError(await rejection(markCurbsideArrival(db, { input: arrival(orderId, "1"), userId: shopper.id })), "invalid_input")).toBe(true);
      expect(await countFor(orderId)).toEqual({ notifications: 0, audits: 0 });
    }
    for (const status of ["collected", "cancelled"] as const) {
      const { orderId, shopper } = await orderFor("curbside");
      await db.update(orders).set({ status }).where(eq(orders.id, orderId));
      expect(isAppError(await rejection(markCurbsideArrival(db, { input: arrival(orderId, "1"), userId: shopper.id })), "conflict")).toBe(true);
    }
  });

  it("refuses a bad spot or order id in the schema the action client parses with, before anything runs", () => {
    for (const parkingSpot of ["", "x".repeat(21), "<script>"]) {
      const parsed = imHereSchema.safeParse({ orderId: randomUUID(), parkingSpot });
      expect(new Set(parsed.error?.issues.map((issue) => issue.path[0]))).toEqual(new Set(["parkingSpot"]));
    }
    expect(imHereSchema.safeParse({ orderId: "not-a-uuid", parkingSpot: "1" }).success).toBe(false);
  });
});
