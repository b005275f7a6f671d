import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kioskHandovers } from "@/db/schema";
import { shopperActor, staffActor } from "@/lib/auth/actor";
import type { DatabaseHandle, Db } from "@/lib/db";
import { queryRows } from "@/lib/db/rows";
import { isAppError } from "@/lib/errors";
import { userChannel } from "@/lib/realtime/channels";
import { asSessionUser, createShopper, createStaff, createStore } from "@/lib/testing/builders";
import { rejection } from "@/lib/testing/errors";
import { createTestDatabase } from "@/lib/testing/test-db";
import { kioskChannel } from "./channels";
import {
  endHandover,
  findLiveHandover,
  getKioskHandover,
  HANDOVER_TTL_MS,
  markHandoverPaid,
  MATCH_CODE,
  openHandoversFor,
  PAID_SHOWN_MS,
  startHandover,
} from "./service";
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

/** The kiosk: a device an associate of `store` signed in, checked for kiosk:operate as the action client does. */
async function kioskDevice(store: { id: string; code: string }) {
  const user = await createStaff(db, { storeId: store.id, role: "associate" });
  return staffActor(db, { user, storeCode: store.code, permission: "kiosk:operate" });
}

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
  it("shows the shopper's basket, one kiosk per shopper, then the thank-you, then idle", async () => {
    const store = await createStore(db);
    const ann = await createShopper(db, "Ann Lee");
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

/** The events a channel received (the realtime log), oldest first. */
async function eventsOn(channel: string) {
  return queryRows<{ type: string; data: Record<string, unknown> | null }>(
    db,
    sql`select type, data from realtime_events where channel = ${channel} order by id`,
  );
}

describe("a hand-over nobody can steal", () => {
  it("each displayed QR is a different token, and each is good for one hand-over only", async () => {
    const store = await createStore(db);
    const [ann, ben] = [await createShopper(db, "Ann Lee"), await createShopper(db, "Ben Ortiz")];
    const now = new Date();
    const shown = kioskToken(store.code, "k1", now, SECRET);
    expect(kioskToken(store.code, "k1", now, SECRET).token).not.toBe(shown.token);

    await startHandover(db, { actor: asShopper(ann), storeCode: store.code, kioskCode: "k1", token: shown.token, now, secret: SECRET });
    const kiosk = await kioskDevice(store);
    expect(await endHandover(db, { actor: kiosk, kioskCode: "k1", now })).toBe(true);

    // The kiosk is free again, but that QR was used: a photo of it starts nothing.
    const replay = await rejection(
      startHandover(db, { actor: asShopper(ben), storeCode: store.code, kioskCode: "k1", token: shown.token, now, secret: SECRET }),
    );
    expect(isAppError(replay, "conflict")).toBe(true);
    expect((replay as Error).message).toMatch(/already used/);
    expect(await getKioskHandover(db, { storeId: store.id, kioskCode: "k1", now })).toEqual({ status: "idle" });
    // A fresh QR works.
    const fresh = kioskToken(store.code, "k1", now, SECRET).token;
    await startHandover(db, { actor: asShopper(ben), storeCode: store.code, kioskCode: "k1", token: fresh, now, secret: SECRET });
    expect(await getKioskHandover(db, { storeId: store.id, kioskCode: "k1", now })).toMatchObject({ status: "basket", userId: ben.id });
  });

  it("refuses a second phone while the kiosk is with someone else: the first keeps it, until paid, cancelled or lapsed", async () => {
    const store = await createStore(db);
    const [ann, ben] = [await createShopper(db, "Ann Lee"), await createShopper(db, "Ben Ortiz")];
    const now = new Date();
    const { token } = kioskToken(store.code, "k1", now, SECRET);
    const annStart = await startHandover(db, { actor: asShopper(ann), storeCode: store.code, kioskCode: "k1", token, now, secret: SECRET });

    // The same QR, or a fresh one: Ben is refused and Ann's basket stays on the kiosk.
    for (const benToken of [token, kioskToken(store.code, "k1", now, SECRET).token]) {
      const refused = await rejection(
        startHandover(db, { actor: asShopper(ben), storeCode: store.code, kioskCode: "k1", token: benToken, now, secret: SECRET }),
      );
      expect(isAppError(refused, "conflict")).toBe(true);
      expect((refused as Error).message).toMatch(/another shopper/);
    }
    expect(await getKioskHandover(db, { storeId: store.id, kioskCode: "k1", now })).toMatchObject({
      status: "basket",
      userId: ann.id,
      matchCode: annStart.matchCode,
    });
    expect(await openHandoversFor(db, { userId: ann.id, now })).toHaveLength(1);

    // Ann pressing again (a double tap) is no new hand-over and keeps the code.
    const again = await startHandover(db, { actor: asShopper(ann), storeCode: store.code, kioskCode: "k1", token, now, secret: SECRET });
    expect(again).toMatchObject({ handoverId: annStart.handoverId, matchCode: annStart.matchCode });

    // Paid: the kiosk is free for the next shopper.
    await markHandoverPaid(db, { userId: ann.id, storeId: store.id, kioskCode: "k1", orderId: null as unknown as string, now });
    await startHandover(db, {
      actor: asShopper(ben),
      storeCode: store.code,
      kioskCode: "k1",
      token: kioskToken(store.code, "k1", now, SECRET).token,
      now,
      secret: SECRET,
    });
    expect(await getKioskHandover(db, { storeId: store.id, kioskCode: "k1", now })).toMatchObject({ status: "basket", userId: ben.id });

    // Lapsed: after the hand-over's lifetime, someone else may start one.
    const later = new Date(now.getTime() + HANDOVER_TTL_MS + 1000);
    const cleo = await createShopper(db, "Cleo Park");
    await startHandover(db, {
      actor: asShopper(cleo),
      storeCode: store.code,
      kioskCode: "k1",
      token: kioskToken(store.code, "k1", later, SECRET).token,
      now: later,
      secret: SECRET,
    });
    expect(await getKioskHandover(db, { storeId: store.id, kioskCode: "k1", now: later })).toMatchObject({ status: "basket", userId: cleo.id });
  });

  it("two phones joining one QR at the same moment: exactly one gets the kiosk", async () => {
    const store = await createStore(db);
    const phones = await Promise.all(Array.from({ length: 6 }, (_, i) => createShopper(db, `Phone ${i}`)));
    const now = new Date();
    const { token } = kioskToken(store.code, "k1", now, SECRET);
    const results = await Promise.allSettled(
      phones.map((phone) => startHandover(db, { actor: asShopper(phone), storeCode: store.code, kioskCode: "k1", token, now, secret: SECRET })),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(isAppError(r.reason, "conflict")).toBe(true);
    const rows = await db.select().from(kioskHandovers).where(eq(kioskHandovers.storeId, store.id));
    expect(rows).toHaveLength(1);
  });

  it("the kiosk and the phone show the same short matching code", async () => {
    const store = await createStore(db);
    const ann = await createShopper(db, "Ann Lee");
    const now = new Date();
    const started = await startHandover(db, {
      actor: asShopper(ann),
      storeCode: store.code,
      kioskCode: "k1",
      token: kioskToken(store.code, "k1", now, SECRET).token,
      now,
      secret: SECRET,
    });
    expect(started.matchCode).toMatch(MATCH_CODE);
    expect(await getKioskHandover(db, { storeId: store.id, kioskCode: "k1", now })).toMatchObject({ matchCode: started.matchCode });
    expect(await findLiveHandover(db, { userId: ann.id, storeId: store.id, kioskCode: "k1", now })).toMatchObject({
      id: started.handoverId,
      matchCode: started.matchCode,
    });
  });

  it("the phone is told, live, when the kiosk ends its hand-over or the shopper moves to another kiosk", async () => {
    const store = await createStore(db);
    const ann = await createShopper(db, "Ann Lee");
    const now = new Date();
    const first = await startHandover(db, {
      actor: asShopper(ann),
      storeCode: store.code,
      kioskCode: "k1",
      token: kioskToken(store.code, "k1", now, SECRET).token,
      now,
      secret: SECRET,
    });
    const second = await startHandover(db, {
      actor: asShopper(ann),
      storeCode: store.code,
      kioskCode: "k2",
      token: kioskToken(store.code, "k2", now, SECRET).token,
      now,
      secret: SECRET,
    });
    expect(await endHandover(db, { actor: await kioskDevice(store), kioskCode: "k2", now })).toBe(true);
    expect(await endHandover(db, { actor: await kioskDevice(store), kioskCode: "k2", now })).toBe(false);

    const ended = (await eventsOn(userChannel(ann.id))).filter((e) => e.type === "kiosk_handover_ended");
    expect(ended.map((e) => e.data)).toEqual([
      { handoverId: first.handoverId, kioskCode: "k1", reason: "replaced" },
      { handoverId: second.handoverId, kioskCode: "k2", reason: "cancelled" },
    ]);
    // The kiosk screens re-read too.
    expect((await eventsOn(kioskChannel(store.id, "k2"))).map((e) => e.type)).toContain("handover_ended");
    expect(await getKioskHandover(db, { storeId: store.id, kioskCode: "k2", now })).toEqual({ status: "idle" });
  });
});
