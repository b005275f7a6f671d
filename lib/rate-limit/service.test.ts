import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db";
import { createTestDatabase } from "@/lib/testing/test-db";
import { checkRateLimit, consumeRateLimit } from "./service";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

const rule = { limit: 3, windowSeconds: 60 };
const at = (seconds: number) => new Date(Date.UTC(2026, 10, 30, 12, 0, seconds));

describe("rate limits", () => {
  it("allows the limit, refuses the next attempt, and opens again with a new window", async () => {
    const key = "test:window";
    const verdicts = [];
    for (let i = 0; i < 4; i++) verdicts.push((await consumeRateLimit(handle.db, key, rule, at(i))).allowed);
    expect(verdicts).toEqual([true, true, true, false]);
    expect(await checkRateLimit(handle.db, key, rule, at(10))).toEqual({ allowed: false, retryAfterSeconds: 50 });
    expect((await checkRateLimit(handle.db, key, rule, at(60))).allowed).toBe(true);
    expect((await consumeRateLimit(handle.db, key, rule, at(61))).allowed).toBe(true);
  });

  it("check does not count: only consumed attempts do", async () => {
    const key = "test:check";
    for (let i = 0; i < 10; i++) expect((await checkRateLimit(handle.db, key, rule, at(i))).allowed).toBe(true);
    await consumeRateLimit(handle.db, key, rule, at(11));
    await consumeRateLimit(handle.db, key, rule, at(12));
    expect((await checkRateLimit(handle.db, key, rule, at(13))).allowed).toBe(true);
    await consumeRateLimit(handle.db, key, rule, at(14));
    expect((await checkRateLimit(handle.db, key, rule, at(15))).allowed).toBe(false);
  });

  it("counts every one of many concurrent attempts", async () => {
    const key = "test:concurrent";
    const results = await Promise.all(Array.from({ length: 20 }, () => consumeRateLimit(handle.db, key, rule, at(0))));
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
  });

  it("keeps keys apart", async () => {
    for (let i = 0; i < 3; i++) await consumeRateLimit(handle.db, "test:a", rule, at(i));
    expect((await consumeRateLimit(handle.db, "test:a", rule, at(4))).allowed).toBe(false);
    expect((await consumeRateLimit(handle.db, "test:b", rule, at(4))).allowed).toBe(true);
  });
});
