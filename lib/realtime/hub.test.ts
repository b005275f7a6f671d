import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle, Db } from "@/lib/db";
import { createTestDatabase, testDatabaseUrl } from "@/lib/testing/test-db";
import type { RealtimeMessage } from "./channels";
import { hubSourceFor, RealtimeHub } from "./hub";
import { pruneEvents, type Queryable, readEvents } from "./log";
import { notify } from "./notify";
import { sseResponse } from "./sse";

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
  await hub.close();
  await handle.close();
});

/** Resolves with the first `count` messages on `channel` (rejects after `ms`). */
function collect(target: RealtimeHub, channel: string, count = 1, ms = 5_000) {
  const received: RealtimeMessage[] = [];
  let unsubscribe = () => {};
  const done = new Promise<RealtimeMessage[]>((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`Only ${received.length} of ${count} messages on ${channel}`));
    }, ms);
    unsubscribe = target.subscribe(channel, (message) => {
      received.push(message);
      if (received.length === count) {
        clearTimeout(timer);
        unsubscribe();
        resolve(received);
      }
    });
  });
  return { done, received };
}

const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

describe("realtime hub", () => {
  it("delivers an event only after its transaction commits", async () => {
    const { done, received } = collect(hub, "store:a");
    await db.transaction(async (tx) => {
      await notify(tx, "store:a", { type: "order.placed", data: { orderId: "o1" } });
      await settle(100);
      expect(received).toHaveLength(0); // not before the commit
    });
    expect(await done).toEqual([{ id: expect.any(Number), channel: "store:a", type: "order.placed", data: { orderId: "o1" } }]);
  });

  it("never delivers an event from a rolled-back transaction", async () => {
    const { done, received } = collect(hub, "store:b");
    await expect(
      db.transaction(async (tx) => {
        await notify(tx, "store:b", { type: "doomed" });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    await notify(db, "store:b", { type: "after" });
    const [first] = await done;
    expect(first.type).toBe("after");
    expect(received.map((m) => m.type)).not.toContain("doomed");
  });

  it("keeps channels apart and stops after unsubscribe", async () => {
    const seen: string[] = [];
    const unsubscribe = hub.subscribe("order:x", (m) => seen.push(`x:${m.type}`));
    const other = collect(hub, "order:y");
    await notify(db, "order:y", { type: "one" });
    await other.done;
    await settle(100);
    expect(seen).toEqual([]);
    unsubscribe();
    const after = collect(hub, "order:z");
    await notify(db, "order:x", { type: "ignored" });
    await notify(db, "order:z", { type: "marker" });
    await after.done;
    expect(seen).toEqual([]);
  });

  it("refuses payloads too large for NOTIFY, before touching the database", async () => {
    await expect(notify(db, "store:a", { type: "huge", data: { blob: "x".repeat(9_000) } })).rejects.toThrow(/too large/);
  });
});

describe("sseResponse", () => {
  it("streams a snapshot, then committed events, with no-cache headers, and unsubscribes on abort", async () => {
    const abort = new AbortController();
    const request = new Request("http://test/stream", { signal: abort.signal });
    const before = hub.subscriberCount;
    const response = sseResponse(request, ["store:sse"], { hub, initial: async () => ({ orders: 3 }) });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    expect(response.headers.get("cache-control")).toBe("no-cache, no-transform");

    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before ${needle}`);
        text += decoder.decode(value);
      }
    };
    await readUntil('"type":"snapshot"');
    expect(text).toContain('"data":{"orders":3}');
    expect(hub.subscriberCount).toBe(before + 1);

    await notify(db, "store:sse", { type: "order.updated", data: { orderId: "o9" } });
    await readUntil('"type":"order.updated"');
    // The event's log id is the SSE id, so a reconnecting browser can ask to resume after it.
    expect(text).toMatch(/id: (\d+)\ndata: \{"id":\1,"channel":"store:sse","type":"order.updated","data":\{"orderId":"o9"\}\}/);

    abort.abort();
    await settle(50);
    expect(hub.subscriberCount).toBe(before);
  });

  it("replays what a reconnecting client missed after its Last-Event-ID, in order and filtered, before the snapshot", async () => {
    const seen = collect(hub, "order:resume");
    await notify(db, "order:resume", { type: "seen", data: { n: 1 } });
    const [{ id: lastSeen }] = await seen.done;
    await notify(db, "order:resume", { type: "missed", data: { n: 2 } });
    await notify(db, "order:other", { type: "not-mine", data: { n: 3 } });
    await notify(db, "order:resume", { type: "hidden", data: { n: 4 } });
    await notify(db, "order:resume", { type: "missed", data: { n: 5 } });

    const abort = new AbortController();
    const request = new Request("http://test/resume", { signal: abort.signal, headers: { "Last-Event-ID": String(lastSeen) } });
    const response = sseResponse(request, ["order:resume"], { hub, initial: async () => ({ state: "now" }), filter: (m) => m.type !== "hidden" });
    const reader = response.body!.getReader();
    let text = "";
    while (!text.includes('"type":"snapshot"')) text += new TextDecoder().decode((await reader.read()).value);
    abort.abort();
    const types = [...text.matchAll(/"type":"([^"]+)"/g)].map((m) => m[1]);
    expect(types).toEqual(["missed", "missed", "snapshot"]);
    expect([...text.matchAll(/"n":(\d)/g)].map((m) => m[1])).toEqual(["2", "5"]);
  });

  it("ignores a Last-Event-ID that is not an event id", async () => {
    const abort = new AbortController();
    const response = sseResponse(new Request("http://test/bad?lastEventId=1%20or%201=1", { signal: abort.signal }), ["order:resume"], {
      hub,
      initial: async () => ({ ok: true }),
    });
    const reader = response.body!.getReader();
    let text = "";
    while (!text.includes('"type":"snapshot"')) text += new TextDecoder().decode((await reader.read()).value);
    abort.abort();
    expect(text).not.toContain('"missed"');
  });

  it("applies the caller's filter", async () => {
    const abort = new AbortController();
    const response = sseResponse(new Request("http://test/s", { signal: abort.signal }), ["user:u"], {
      hub,
      filter: (m) => m.data?.visible === true,
    });
    const reader = response.body!.getReader();
    await notify(db, "user:u", { type: "secret", data: { visible: false } });
    await notify(db, "user:u", { type: "shown", data: { visible: true } });
    let text = "";
    while (!text.includes('"shown"')) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).not.toContain("secret");
    abort.abort();
  });
});

// Several app instances on one PostgreSQL server: each has its own hub and LISTEN connection.
describe.runIf(Boolean(testDatabaseUrl))("realtime across instances (PostgreSQL)", () => {
  it("an event committed through one instance reaches a subscriber on another within 2 s", async () => {
    const instanceB = new RealtimeHub(hubSourceFor(handle));
    try {
      await instanceB.ready();
      const started = Date.now();
      const { done } = collect(instanceB, "store:multi", 1, 2_000);
      await db.transaction(async (tx) => notify(tx, "store:multi", { type: "order.placed" }));
      const [message] = await done;
      expect(message.type).toBe("order.placed");
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      await instanceB.close();
    }
  });

  it("reconnects after losing its LISTEN connection, asks subscribers to resync, and keeps delivering", async () => {
    const instance = new RealtimeHub(hubSourceFor(handle));
    try {
      await instance.ready();
      const { done } = collect(instance, "store:lost", 2, 10_000);
      // Kill the hub's LISTEN backend from the server side, as a failover or restart would.
      await db.execute(
        sql`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'aisle-realtime' and query ilike 'LISTEN%' and datname = current_database()`,
      );
      const first = await new Promise<RealtimeMessage>((resolve) => {
        const off = instance.subscribe("store:lost", (m) => {
          off();
          resolve(m);
        });
      });
      expect(first.type).toBe("resync");
      await notify(db, "store:lost", { type: "after-reconnect" });
      const messages = await done;
      expect(messages.map((m) => m.type)).toEqual(["resync", "after-reconnect"]);
    } finally {
      await instance.close();
    }
  });

  it("delivers from the event log what was committed while its LISTEN connection was down", async () => {
    const instance = new RealtimeHub(hubSourceFor(handle));
    try {
      await instance.ready();
      const { done } = collect(instance, "store:gap", 2, 10_000);
      await db.execute(
        sql`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'aisle-realtime' and query ilike 'LISTEN%' and datname = current_database()`,
      );
      // Commit while the hub is away (it waits at least 250 ms before reconnecting): that NOTIFY is lost.
      while (instance.listening) await settle(5);
      await notify(db, "store:gap", { type: "committed-while-away" });
      await notify(db, "store:elsewhere", { type: "other-channel" });
      const messages = await done;
      expect(messages.map((m) => m.type)).toEqual(["committed-while-away", "resync"]);
    } finally {
      await instance.close();
    }
  });
});

describe("event log", () => {
  it("prunes events past the retention window and keeps recent ones", async () => {
    await notify(db, "store:prune", { type: "old" });
    await notify(db, "store:prune", { type: "recent" });
    await db.execute(sql`update realtime_events set created_at = now() - interval '25 hours' where channel = 'store:prune' and type = 'old'`);
    const client = (db as unknown as { $client: Queryable }).$client;
    expect(await pruneEvents(client)).toBeGreaterThanOrEqual(1);
    expect((await readEvents(client, { channels: ["store:prune"] })).map((m) => m.type)).toEqual(["recent"]);
  });
});
