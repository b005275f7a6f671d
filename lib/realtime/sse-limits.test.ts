import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db";
import { createTestDatabase } from "@/lib/testing/test-db";
import { hubSourceFor, RealtimeHub } from "./hub";
import { sseResponse } from "./sse";
import { StreamLimiter } from "./stream-limits";

let handle: DatabaseHandle;
let hub: RealtimeHub;

beforeAll(async () => {
  handle = await createTestDatabase();
  hub = new RealtimeHub(hubSourceFor(handle));
  await hub.ready();
});
afterAll(async () => {
  await hub.close();
  await handle.close();
});

/** Reads the stream until `needle` shows up (or, with no needle, until it ends); rejects after `ms`. */
async function read(response: Response, { needle, ms = 3_000 }: { needle?: string; ms?: number } = {}) {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + ms;
  for (;;) {
    const chunk = await Promise.race([
      reader.read(),
      new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), Math.max(0, deadline - Date.now()))),
    ]);
    if (chunk === "timeout") throw new Error(`stream still open after ${ms} ms: ${JSON.stringify(text)}`);
    if (chunk.done) return { text, ended: true, reader };
    text += decoder.decode(chunk.value);
    if (needle && text.includes(needle)) return { text, ended: false, reader };
  }
}

const request = (abort = new AbortController(), address = "198.51.100.7") =>
  new Request("http://test/api/account/events", { signal: abort.signal, headers: { "x-forwarded-for": address } });

describe("open streams re-check their caller", () => {
  it("closes the stream, saying why, once the caller no longer passes (session version bumped, role removed)", async () => {
    let allowed = true;
    const before = hub.subscriberCount;
    const response = sseResponse(request(), ["user:recheck"], {
      hub,
      limiter: new StreamLimiter(),
      caller: { userId: "u-recheck", stillAllowed: async () => allowed },
      recheckMs: 40,
      initial: async () => ({}),
    });
    const opened = await read(response, { needle: '"type":"snapshot"' });
    expect(opened.ended).toBe(false);
    opened.reader.releaseLock();
    allowed = false;
    const { text, ended } = await read(response);
    expect(ended).toBe(true);
    expect(text).toContain('"type":"session-ended"');
    expect(hub.subscriberCount).toBe(before);
  });

  it("keeps a stream whose caller still passes, and fails closed when the check itself throws", async () => {
    let calls = 0;
    let broken = false;
    const response = sseResponse(request(), ["user:throws"], {
      hub,
      limiter: new StreamLimiter(),
      caller: {
        userId: "u-throws",
        stillAllowed: async () => {
          calls++;
          if (broken) throw new Error("database away");
          return true;
        },
      },
      recheckMs: 30,
      initial: async () => ({}),
    });
    const first = await read(response, { needle: '"type":"snapshot"' });
    first.reader.releaseLock();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(calls).toBeGreaterThanOrEqual(2); // re-checked, still open
    broken = true;
    expect((await read(response)).ended).toBe(true);
  });

  it("closes a stream at its maximum lifetime (the browser reconnects with Last-Event-ID) and frees its slot", async () => {
    const limiter = new StreamLimiter({ perUser: 1, perAddress: 5 });
    const caller = { userId: "u-life", stillAllowed: async () => true };
    const response = sseResponse(request(), ["user:life"], { hub, limiter, caller, maxLifetimeMs: 120, initial: async () => ({}) });
    const { text, ended } = await read(response);
    expect(ended).toBe(true);
    expect(text).not.toContain("session-ended");
    expect(limiter.openFor({ userId: "u-life" })).toBe(0);
  });
});

describe("stream caps", () => {
  it("refuses a user's stream beyond the per-user cap with 429 and Retry-After, until one closes", async () => {
    const limiter = new StreamLimiter({ perUser: 2, perAddress: 50 });
    const caller = { userId: "u-cap", stillAllowed: async () => true };
    const aborts = [new AbortController(), new AbortController()];
    for (const abort of aborts) expect(sseResponse(request(abort), ["user:cap"], { hub, limiter, caller }).status).toBe(200);
    const refused = sseResponse(request(), ["user:cap"], { hub, limiter, caller });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await refused.json()).error.code).toBe("rate_limited");
    aborts[0].abort();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sseResponse(request(), ["user:cap"], { hub, limiter, caller }).status).toBe(200);
  });

  it("refuses streams beyond the per-address cap, whoever's they are; another address still gets one", async () => {
    const limiter = new StreamLimiter({ perUser: 50, perAddress: 3 });
    const open = (user: string, address: string) =>
      sseResponse(request(new AbortController(), address), ["user:addr"], { hub, limiter, caller: { userId: user, stillAllowed: async () => true } })
        .status;
    expect([open("a", "203.0.113.9"), open("b", "203.0.113.9"), open("c", "203.0.113.9")]).toEqual([200, 200, 200]);
    expect(open("d", "203.0.113.9")).toBe(429);
    expect(open("d", "203.0.113.10")).toBe(200);
  });

  it("the process-wide defaults: 6 per user, 20 per address", () => {
    const limiter = new StreamLimiter();
    expect(limiter.caps).toEqual({ perUser: 6, perAddress: 20 });
  });
});
