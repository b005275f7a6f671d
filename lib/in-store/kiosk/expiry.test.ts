import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shopperActor, staffActor } from "@/lib/auth/actor";
import type { DatabaseHandle, Db } from "@/lib/db";
import { queryRows } from "@/lib/db/rows";
import { type RealtimeMessage, userChannel } from "@/lib/realtime/channels";
import { hubSourceFor, RealtimeHub } from "@/lib/realtime/hub";
import { asSessionUser, createShopper, createStaff, createStore } from "@/lib/testing/builders";
import { createTestDatabase } from "@/lib/testing/test-db";
import { kioskChannel } from "./channels";
import { endHandover, endedHandoverReason, expireHandovers, getKioskHandover, HANDOVER_TTL_MS, startHandover } from "./service";
import { startHandoverExpiry } from "./expiry";
import { kioskToken } from "./token";

let handle: DatabaseHandle;
let db: Db;
let hub: RealtimeHub;
const SECRET = "kiosk-expiry-secret";

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  hub = new RealtimeHub(hubSourceFor(handle));
  await hub.ready();
});
afterAll(async () => {
  await hub.close();
  await handle.close();
});

const asShopper = (shopper: Awaited<ReturnType<typeof createShopper>>) => shopperActor(asSessionUser({ ...shopper, storeId: null }));

/** `shopper` hands their basket to `kioskCode` at `now`. */
async function handOver(store: { id: string; code: string }, shopper: Awaited<ReturnType<typeof createShopper>>, kioskCode: string, now: Date) {
  const { token } = kioskToken(store.code, kioskCode, now, SECRET);
  return startHandover(db, { actor: asShopper(shopper), storeCode: store.code, kioskCode, token, now, secret: SECRET });
}

async function eventsOn(channel: string) {
  return queryRows<{ type: string; data: Record<string, unknown> | null }>(
    db,
    sql`select type, data from realtime_events where channel = ${channel} order by id`,
  );
}

describe("a kiosk hand-over that lapses", () => {
  it("ends at its expiry, and the phone and the kiosk are told then — once, not when the shopper next acts", async () => {
    const store = await createStore(db);
    const ann = await createShopper(db, "Ann Lee");
    const startedAt = new Date(Date.now() - 60 * 60_000);
    const { handoverId } = await handOver(store, ann, "k1", startedAt);

    // A second before it lapses: nothing ends, nobody is told.
    expect((await expireHandovers(db, { now: new Date(startedAt.getTime() + HANDOVER_TTL_MS - 1000) })).expired).toEqual([]);
    expect((await eventsOn(userChannel(ann.id))).filter((e) => e.type === "kiosk_handover_ended")).toEqual([]);

    const lapsed = new Date(startedAt.getTime() + HANDOVER_TTL_MS + 1);
    expect((await expireHandovers(db, { now: lapsed })).expired).toEqual([{ id: handoverId, userId: ann.id, storeId: store.id, kioskCode: "k1" }]);
    // Every instance sweeps: the second sweep finds nothing, so the phone is told once.
    expect((await expireHandovers(db, { now: lapsed })).expired).toEqual([]);

    const told = (await eventsOn(userChannel(ann.id))).filter((e) => e.type === "kiosk_handover_ended");
    expect(told.map((e) => e.data)).toEqual([{ handoverId, kioskCode: "k1", reason: "expired" }]);
    expect((await eventsOn(kioskChannel(store.id, "k1"))).map((e) => e.type)).toEqual(["handover_started", "handover_ended"]);
    expect(await getKioskHandover(db, { storeId: store.id, kioskCode: "k1", now: lapsed })).toEqual({ status: "idle" });
    // The phone's pay page says why: it timed out (not "someone else has the kiosk").
    expect(await endedHandoverReason(db, { userId: ann.id, storeId: store.id, kioskCode: "k1", now: lapsed })).toBe("expired");
  });

  it("a hand-over cancelled on the kiosk or paid is not 'expired' later", async () => {
    const store = await createStore(db);
    const ben = await createShopper(db, "Ben Ortiz");
    const startedAt = new Date(Date.now() - 60 * 60_000);
    await handOver(store, ben, "k2", startedAt);
    const kiosk = staffActor(db, {
      user: await createStaff(db, { storeId: store.id, role: "associate" }),
      storeCode: store.code,
      permission: "kiosk:operate",
    });
    expect(await endHandover(db, { actor: await kiosk, kioskCode: "k2", now: new Date(startedAt.getTime() + 60_000) })).toBe(true);
    const later = new Date(startedAt.getTime() + HANDOVER_TTL_MS + 60_000);
    expect((await expireHandovers(db, { now: later })).expired).toEqual([]);
    expect(await endedHandoverReason(db, { userId: ben.id, storeId: store.id, kioskCode: "k2", now: later })).toBe("ended");
    expect((await eventsOn(userChannel(ben.id))).map((e) => e.data?.reason)).toEqual(["cancelled"]);
  });

  it("the running sweep tells the phone live, at the expiry time (not at the next periodic sweep)", async () => {
    const store = await createStore(db);
    const cleo = await createShopper(db, "Cleo Park");
    // Lapses in 1.5 s; the sweep's regular interval is a minute.
    const { handoverId } = await handOver(store, cleo, "k3", new Date(Date.now() - HANDOVER_TTL_MS + 1500));
    const received: RealtimeMessage[] = [];
    const unsubscribe = hub.subscribe(userChannel(cleo.id), (message) => received.push(message));
    const stop = startHandoverExpiry({ db, intervalMs: 60_000 });
    try {
      const startedWaiting = Date.now();
      while (!received.some((m) => m.type === "kiosk_handover_ended") && Date.now() - startedWaiting < 8_000)
        await new Promise((r) => setTimeout(r, 50));
      expect(received.filter((m) => m.type === "kiosk_handover_ended").map((m) => m.data)).toEqual([
        { handoverId, kioskCode: "k3", reason: "expired" },
      ]);
      expect(Date.now() - startedWaiting).toBeLessThan(5_000);
    } finally {
      stop();
      unsubscribe();
    }
  });
});
