import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "@/lib/db";
import { storeChannel } from "@/lib/realtime/channels";
import { hubSourceFor, RealtimeHub } from "@/lib/realtime/hub";
import { sseResponse } from "@/lib/realtime/sse";
import { createTestDatabase, testDatabaseUrl } from "@/lib/testing/test-db";
import { listPickupQueue } from "./queries";
import { placePickupOrder, storeWithStaff } from "@/lib/testing/builders";

/**
 * Two app instances on one PostgreSQL server, as in production with DATABASE_URL: each has its
 * own connection pool and its own realtime hub (its own LISTEN connection). An order placed
 * through instance A must reach a pickup dashboard streaming from instance B within 2 seconds.
 */
describe.runIf(Boolean(testDatabaseUrl))("two instances on one PostgreSQL", () => {
  let instanceA: DatabaseHandle;
  let instanceB: DatabaseHandle;
  let hubB: RealtimeHub;

  beforeAll(async () => {
    instanceA = await createTestDatabase();
    const source = hubSourceFor(instanceA);
    if (source.kind !== "postgres") throw new Error("needs PostgreSQL");
    instanceB = await openDatabase({ url: source.url });
    hubB = new RealtimeHub(hubSourceFor(instanceB));
  });
  afterAll(async () => {
    await hubB?.close();
    await instanceB?.close();
    await instanceA?.close();
  });

  it("an order placed through instance A shows on a dashboard streaming from instance B within 2 s", async () => {
    const { store } = await storeWithStaff(instanceA.db);
    const abort = new AbortController();
    // The dashboard on B: the same SSE route handler code, fed by B's hub, reading through B's pool.
    const response = sseResponse(new Request("http://instance-b/api/staff/x/pickups/events", { signal: abort.signal }), [storeChannel(store.id)], {
      hub: hubB,
      initial: () => listPickupQueue(instanceB.db, { storeId: store.id, timezone: store.timezone }),
    });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    const readUntil = async (predicate: (t: string) => boolean) => {
      while (!predicate(text)) {
        const { value, done } = await reader.read();
        if (done) throw new Error("stream ended");
        text += decoder.decode(value);
      }
    };
    await readUntil((t) => t.includes('"type":"snapshot"'));
    await hubB.ready();

    const started = Date.now();
    const placed = await placePickupOrder(instanceA.db, { storeId: store.id, lines: [{ quantity: 1 }] });
    await readUntil((t) => t.includes(`"type":"order.placed"`) && t.includes(placed.orderId));
    // What the dashboard does on the event: re-read the queue (through B).
    const queue = await listPickupQueue(instanceB.db, { storeId: store.id, timezone: store.timezone });
    const elapsed = Date.now() - started;
    expect(queue.orders.map((o) => o.id)).toContain(placed.orderId);
    expect(elapsed).toBeLessThan(2_000);
    abort.abort();
  });
});
