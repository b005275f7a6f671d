import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shopperActor } from "@/lib/auth/actor";
import type { DatabaseHandle, Db } from "@/lib/db";
import { asSessionUser, createShopper, createStore } from "@/lib/testing/builders";
import { createTestDatabase } from "@/lib/testing/test-db";
import { getKioskHandover, markHandoverPaid, openHandoversFor, PAID_SHOWN_MS, startHandover } from "./service";
import { KIOSK_WINDOW_MS, kioskToken, verifyKioskToken } from "./token";

let handle: DatabaseHandle;
let db: Db;
const SECRET = "kiosk-test-secret";

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterAll(() => handle.close());

const asShopper = (shopper: Awaited<ReturnType<typeof createShopper>>) => shopperActor(asSessionUser({ ...shopper, storeId: null }));

describe("kiosk token", () => {
  it("is good in its 30-second window and the next, for that kiosk only", () => {
    const now = new Date("2026-03-01T10:00:05Z");
    const { token } = kioskToken("sea", "k1", now, SECRET);
    expect(verifyKioskToken("sea", "k1", token, now, SECRET)).toBe(true);
    expect(verifyKioskToken("sea", "k1", token, new Date(now.getTime() + KIOSK_WINDOW_MS), SECRET)).toBe(true);
    expect(verifyKioskToken("sea", "k1", token, new Date(now.getTime() + 2 * KIOSK_WINDOW_MS), SECRET)).toBe(false);
    expect(verifyKioskToken("sea", "k2", token, now, SECRET)).toBe(false);
    expect(verifyKioskToken("pdx", "k1", token, now, SECRET)).toBe(false);
    expect(verifyKioskToken("sea", "k1", token, now, "other-secret")).toBe(false);
    expect(verifyKioskToken("sea", "k1", "garbage", now, SECRET)).toBe(false);
  });
});

describe("kiosk hand-over", () => {
  it("shows the latest shopper's basket, one kiosk per shopper, then the thank-you, then idle", async () => {
    const store = await createStore(db);
    const [ann, ben] = [await createShopper(db, "Ann Lee"), await createShopper(db, "Ben Ortiz")];
    const now = new Date();
    const { token } = kioskToken(store.code, "k1", now, SECRET);
    expect(await getKioskHandover(db, { storeId: store.id, kioskCode: "k1", now })).toEqual({ status: "idle" });

    await startHandover(db, { actor: asShopper(ann), storeCode: store.code, kioskCode: "k1", token, now, secret: SECRET });
    expect(await getKioskHandover(db, { storeId: store.id, kioskCode: "k1", now })).toMatchObject({
      status: "basket",
      userId: ann.id,
      shopperName: "Ann",
    });

    // Ann moves to kiosk 2: kiosk 1 is free again.
    const { token: token2 } = kioskToken(store.code, "k2", now, SECRET);
    await startHandover(db, { actor: asShopper(ann), storeCode: store.code, kioskCode: "k2", token: token2, now, secret: SECRET });
    expect(await getKioskHandover(db, { storeId: store.id, kioskCode: "k1", now })).toEqual({ status: "idle" });
    expect(await openHandoversFor(db, { userId: ann.id, now })).toHaveLength(1);

    // Ben takes kiosk 2: Ann's hand-over there ends.
    await startHandover(db, { actor: asShopper(ben), storeCode: store.code, kioskCode: "k2", token: token2, now, secret: SECRET });
    expect(await openHandoversFor(db, { userId: ann.id, now })).toHaveLength(0);
    expect(await getKioskHandover(db, { storeId: store.id, kioskCode: "k2", now })).toMatchObject({ status: "basket", userId: ben.id });
  });

  it("refuses an expired or forged kiosk code", async () => {
    const store = await createStore(db);
    const shopper = await createShopper(db);
    const old = kioskToken(store.code, "k1", new Date(Date.now() - 5 * KIOSK_WINDOW_MS), SECRET).token;
    await expect(
      startHandover(db, { actor: asShopper(shopper), storeCode: store.code, kioskCode: "k1", token: old, secret: SECRET }),
    ).rejects.toThrow(/expired/);
    await expect(
      startHandover(db, { actor: asShopper(shopper), storeCode: store.code, kioskCode: "k1", token: "0.AAAAAAAAAAAAAAAA", secret: SECRET }),
    ).rejects.toThrow(/expired/);
  });

  it("paid: says thank you for a while, then frees the kiosk", async () => {
    const store = await createStore(db);
    const shopper = await createShopper(db, "Cleo Park");
    const now = new Date();
    const { token } = kioskToken(store.code, "k9", now, SECRET);
    await startHandover(db, { actor: asShopper(shopper), storeCode: store.code, kioskCode: "k9", token, now, secret: SECRET });
    // No order row needed to mark paid in this unit; the thank-you needs the order, so without one it reads idle.
    expect(await markHandoverPaid(db, { userId: shopper.id, storeId: store.id, kioskCode: "k9", orderId: null as unknown as string, now })).toBe(
      true,
    );
    expect(await markHandoverPaid(db, { userId: shopper.id, storeId: store.id, kioskCode: "k9", orderId: null as unknown as string, now })).toBe(
      false,
    );
    expect(await getKioskHandover(db, { storeId: store.id, kioskCode: "k9", now: new Date(now.getTime() + PAID_SHOWN_MS + 1000) })).toEqual({
      status: "idle",
    });
  });
});
