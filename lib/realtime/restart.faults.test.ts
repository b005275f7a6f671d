import { execSync } from "node:child_process";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orders } from "@/db/schema";
import type { DatabaseHandle, Db } from "@/lib/db";
import { listPickupSlots } from "@/lib/fulfilment/slots";
import { startCheckoutLoad, waitFor } from "@/lib/testing/checkout-load";
import { createSku, createStore, stock } from "@/lib/testing/builders";
import { createTestDatabase, testDatabaseUrl } from "@/lib/testing/test-db";
import { storeChannel } from "./channels";
import { hubSourceFor, RealtimeHub } from "./hub";
import { sseResponse } from "./sse";

/**
 * A real PostgreSQL restart while shoppers check out and the pickup queue streams. The command
 * comes from PG_RESTART_COMMAND (CI: `pg_ctlcluster 15 main restart`), so this runs in its own
 * CI step: a restart would break every other test file running at the same time.
 *
 * Proves: the app's pool places orders again without an app restart; the realtime hub
 * reconnects; the open SSE stream gets a `resync`, and an `order.placed` event for every order
 * that was committed, including those committed while the hub was away (caught up from the log).
 */
const restartCommand = process.env.PG_RESTART_COMMAND;

describe.runIf(Boolean(testDatabaseUrl && restartCommand))("PostgreSQL restarted under load", () => {
  let handle: DatabaseHandle;
  let db: Db;
  let hub: RealtimeHub;

  beforeAll(async () => {
    handle = await createTestDatabase();
    db = handle.db;
    hub = new RealtimeHub(hubSourceFor(handle));
    await hub.ready();
  });
  afterAll(async () => {
    await hub?.close();
    await handle?.close();
  });

  it("the app recovers without a restart, the stream reconnects, and no committed order event is lost", async () => {
    const store = await createStore(db);
    const { sku } = await createSku(db, { priceCents: 1_250 });
    await stock(db, { storeId: store.id, skuId: sku.id, onHand: 10_000 });
    const slot = (await listPickupSlots(db, { storeId: store.id }))[0].startsAt;

    // The staff queue's stream, read in the background for the whole test.
    const abort = new AbortController();
    const response = sseResponse(new Request("http://test/queue", { signal: abort.signal }), [storeChannel(store.id)], {
      hub,
      initial: async () => ({ queue: "snapshot" }),
    });
    const streamed = new Set<string>();
    let resyncs = 0;
    const reading = (async () => {
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = frame.split("\n").find((line) => line.startsWith("data: "));
          if (!data) continue;
          const message = JSON.parse(data.slice(6)) as { type: string; data?: { orderId?: string } };
          if (message.type === "order.placed" && message.data?.orderId) streamed.add(message.data.orderId);
          if (message.type === "resync") resyncs++;
        }
      }
    })();

    const load = startCheckoutLoad(db, { storeId: store.id, skuId: sku.id, slot });
    try {
      await waitFor(() => load.ok >= 10, "10 orders before the restart", 30_000);
      execSync(restartCommand!, { stdio: "inherit" });
      const okAfterRestart = load.ok;
      await waitFor(() => load.ok >= okAfterRestart + 10, "10 orders after the restart (the pool must recover by itself)", 60_000);
    } finally {
      await load.stop();
    }
    console.log(`[restart] ${load.ok} orders placed, ${load.failed} checkouts failed while PostgreSQL restarted`);

    const committed = (await db.select({ id: orders.id }).from(orders).where(eq(orders.storeId, store.id))).map((row) => row.id);
    expect(committed.length).toBeGreaterThanOrEqual(20);
    await waitFor(() => committed.every((id) => streamed.has(id)), "an order.placed event for every committed order", 30_000).catch(() => {});
    expect(
      committed.filter((id) => !streamed.has(id)),
      "committed orders whose event never reached the stream",
    ).toEqual([]);
    expect(resyncs, "the stream was told to refresh its snapshot after the reconnect").toBeGreaterThanOrEqual(1);
    expect(hub.listening).toBe(true);

    abort.abort();
    await reading;
  }, 180_000);
});
