import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exitPasses, inventory, orderStatusHistory, orders } from "@/db/schema";
import { inStorePaySchema } from "@/lib/in-store/schemas";
import { shopperActor, staffActor } from "@/lib/auth/actor";
import type { DatabaseHandle, Db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { asSessionUser, createCart, createShopper, createSku, createStaff, createStore, stock } from "@/lib/testing/builders";
import { createTestDatabase } from "@/lib/testing/test-db";
import { payAtKiosk } from "./pay";
import { getKioskHandover, startHandover } from "./service";
import { kioskToken } from "./token";

let handle: DatabaseHandle;
let db: Db;
const SECRET = "kiosk-pay-test-secret";

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterAll(() => handle.close());

const card = (cardNumber = "4242 4242 4242 4242") =>
  inStorePaySchema.parse({ idempotencyKey: randomUUID(), cardNumber, cardExpiry: "12/30", cardCvc: "123" });

async function handedOver(name: string) {
  const store = await createStore(db);
  const { sku } = await createSku(db, { priceCents: 450 });
  await stock(db, { storeId: store.id, skuId: sku.id, onHand: 5 });
  const shopper = await createShopper(db, name);
  await createCart(db, { userId: shopper.id, lines: [{ skuId: sku.id, quantity: 2 }] });
  const { token } = kioskToken(store.code, "k1", new Date(), SECRET);
  await startHandover(db, {
    actor: shopperActor(asSessionUser({ ...shopper, storeId: null })),
    storeCode: store.code,
    kioskCode: "k1",
    token,
    secret: SECRET,
  });
  return { store, sku, shopper, kiosk: await kioskDevice(store) };
}

/** The kiosk: a device an associate of `store` signed in, checked for kiosk:operate as the action client does. */
async function kioskDevice(store: { id: string; code: string }) {
  const user = await createStaff(db, { storeId: store.id, role: "associate" });
  return staffActor(db, { user, storeCode: store.code, permission: "kiosk:operate" });
}

describe("pay at the kiosk", () => {
  it("sells the handed-over basket to its shopper, with their exit pass, and the kiosk says thank you", async () => {
    const { store, sku, shopper, kiosk } = await handedOver("Dana Wu");
    const sale = await payAtKiosk(db, { actor: kiosk, kioskCode: "k1", input: card(), secret: SECRET });
    expect(sale.userId).toBe(shopper.id);

    const [order] = await db.select().from(orders).where(eq(orders.id, sale.orderId));
    expect(order).toMatchObject({ userId: shopper.id, channel: "kiosk", status: "completed" });
    expect(await db.select().from(exitPasses).where(eq(exitPasses.orderId, sale.orderId))).toHaveLength(1);
    const [history] = await db.select().from(orderStatusHistory).where(eq(orderStatusHistory.orderId, sale.orderId));
    expect(history.note).toBe("Paid at kiosk k1");
    const [row] = await db.select().from(inventory).where(eq(inventory.skuId, sku.id));
    expect(row.onHand).toBe(3);
    expect(await getKioskHandover(db, { storeId: store.id, kioskCode: "k1" })).toMatchObject({
      status: "paid",
      shopperName: "Dana",
      orderNumber: order.number,
    });

    // The kiosk is done with that basket: a second "Pay" is refused, nothing more is sold.
    const again = await payAtKiosk(db, { actor: kiosk, kioskCode: "k1", input: card(), secret: SECRET }).catch((error) => error);
    expect(isAppError(again, "conflict")).toBe(true);
    expect(await db.select().from(orders).where(eq(orders.userId, shopper.id))).toHaveLength(1);
  });

  it("a declined card sells nothing and the basket stays on the kiosk", async () => {
    const { store, shopper, kiosk } = await handedOver("Eli Moss");
    const declined = await payAtKiosk(db, { actor: kiosk, kioskCode: "k1", input: card("4000 0000 0000 0002"), secret: SECRET }).catch(
      (error) => error,
    );
    expect(isAppError(declined, "payment_declined")).toBe(true);
    expect(await db.select().from(orders).where(eq(orders.userId, shopper.id))).toHaveLength(0);
    expect(await getKioskHandover(db, { storeId: store.id, kioskCode: "k1" })).toMatchObject({ status: "basket", userId: shopper.id });
  });

  it("refuses when no basket is waiting on the kiosk", async () => {
    const kiosk = await kioskDevice(await createStore(db));
    const error = await payAtKiosk(db, { actor: kiosk, kioskCode: "k1", input: card(), secret: SECRET }).catch((e) => e);
    expect(isAppError(error, "conflict")).toBe(true);
  });
});
