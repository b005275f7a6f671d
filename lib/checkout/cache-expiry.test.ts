import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staffActor } from "@/lib/auth/actor";
import { cacheTags } from "@/lib/cache/tags";
import type { DatabaseHandle, Db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { cancelOrder } from "@/lib/fulfilment/cancel";
import { listPickupSlots } from "@/lib/fulfilment/slots";
import { CACHE_CHANNEL, type RealtimeMessage } from "@/lib/realtime/channels";
import { hubSourceFor, RealtimeHub } from "@/lib/realtime/hub";
import { checkoutForm, createCart, createShopper, createSku, stock, storeWithStaff } from "@/lib/testing/builders";
import { recordingProvider } from "@/lib/testing/payments";
import { createTestDatabase } from "@/lib/testing/test-db";
import { placeOrder } from "./service";

// What every instance's cache hears: the expire messages, through a real hub on the real database.
let handle: DatabaseHandle;
let db: Db;
let hub: RealtimeHub;
const heard: RealtimeMessage[] = [];

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  hub = new RealtimeHub(hubSourceFor(handle));
  hub.subscribe(CACHE_CHANNEL, (message) => heard.push(message));
  await hub.ready();
});
afterAll(async () => {
  await hub.close();
  await handle.close();
});

const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

/** The tags of the expire messages heard since `from` (one list per message). */
async function expiredSince(from: number) {
  await settle();
  return heard.slice(from).map((message) => {
    expect(message).toMatchObject({ channel: CACHE_CHANNEL, type: "expire" });
    return [...(message.data?.tags as string[])].sort();
  });
}

/** A store with staff and two stocked SKUs; a shopper's cart holding both, ready for pickup. */
async function readyToPlace() {
  const staff = await storeWithStaff(db);
  const skus = await Promise.all([createSku(db), createSku(db)]);
  for (const { sku } of skus) await stock(db, { storeId: staff.store.id, skuId: sku.id, onHand: 5 });
  const shopper = await createShopper(db);
  await createCart(db, { userId: shopper.id, lines: skus.map(({ sku }) => ({ skuId: sku.id, quantity: 1 })) });
  const [slot] = await listPickupSlots(db, { storeId: staff.store.id });
  return { ...staff, shopper, skuIds: skus.map(({ sku }) => sku.id), slot: slot.startsAt };
}

describe("cached stock and pickup times expire with the write that changed them", () => {
  it("a placed pickup order expires the store's stock, each SKU's stock and the store's pickup slots, once it commits", async () => {
    const { store, shopper, skuIds, slot } = await readyToPlace();
    const from = heard.length;
    await placeOrder(db, { userId: shopper.id, input: checkoutForm({ storeId: store.id, slot }), provider: recordingProvider().provider });
    expect(await expiredSince(from)).toEqual(
      expect.arrayContaining([[cacheTags.stockAt(store.id), ...skuIds.map(cacheTags.stockOfSku)].sort(), [cacheTags.slots(store.id)]]),
    );
    expect(await expiredSince(from)).toHaveLength(2);
  });

  it("a sale refused inside its transaction (a time that is no pickup window) expires nothing", async () => {
    const { store, shopper, slot } = await readyToPlace();
    const from = heard.length;
    const notAWindow = new Date(Date.parse(slot) + 60_000).toISOString();
    const error = await placeOrder(db, {
      userId: shopper.id,
      input: checkoutForm({ storeId: store.id, slot: notAWindow }),
      provider: recordingProvider().provider,
    }).catch((e) => e);
    expect(isAppError(error, "invalid_input"), String(error)).toBe(true);
    expect(await expiredSince(from)).toEqual([]);
  });

  it("cancelling the order expires the stock it gave back and its slot", async () => {
    const { store, manager, shopper, skuIds, slot } = await readyToPlace();
    const { orderId } = await placeOrder(db, {
      userId: shopper.id,
      input: checkoutForm({ storeId: store.id, slot }),
      provider: recordingProvider().provider,
    });
    await settle();
    const from = heard.length;
    const actor = await staffActor(db, { user: manager, storeCode: store.code, permission: "pickups:work" });
    await cancelOrder(db, { actor, orderId, reason: "shopper asked", provider: recordingProvider().provider });
    expect(await expiredSince(from)).toEqual(
      expect.arrayContaining([[cacheTags.stockAt(store.id), ...skuIds.map(cacheTags.stockOfSku)].sort(), [cacheTags.slots(store.id)]]),
    );
  });
});
