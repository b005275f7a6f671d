import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db";
import { createTestDatabase } from "@/lib/testing/test-db";
import { clearRateLimit, recordRateLimitFailure, refundRateLimit, takeRateLimit, takeRateLimits, type RateRule } from "./service";

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
    for (let i = 0; i < 4; i++) verdicts.push((await takeRateLimit(handle.db, key, rule, at(i))).allowed);
    expect(verdicts).toEqual([true, true, true, false]);
    expect(await takeRateLimit(handle.db, key, rule, at(10))).toMatchObject({ allowed: false, retryAfterSeconds: 50 });
    expect((await takeRateLimit(handle.db, key, rule, at(60))).allowed).toBe(true);
  });

  it("counts every one of many concurrent attempts: exactly the limit are allowed", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => takeRateLimit(handle.db, "test:concurrent", rule, at(0))));
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("a refunded attempt gives its place back; a cleared key starts over", async () => {
    const key = "test:refund";
    for (let i = 0; i < 3; i++) await takeRateLimit(handle.db, key, rule, at(i));
    await refundRateLimit(handle.db, key);
    expect((await takeRateLimit(handle.db, key, rule, at(5))).allowed).toBe(true);
    expect((await takeRateLimit(handle.db, key, rule, at(6))).allowed).toBe(false);
    await clearRateLimit(handle.db, key);
    expect(await takeRateLimit(handle.db, key, rule, at(7))).toMatchObject({ allowed: true, count: 1 });
  });

  it("backs off progressively after repeated failures, without counting attempts made during the back-off", async () => {
    const backoff: RateRule = { limit: 100, windowSeconds: 600, backoff: { after: 2, baseSeconds: 1, maxSeconds: 4 } };
    const key = "test:backoff";
    const fail = async (s: number) => {
      const verdict = await takeRateLimit(handle.db, key, backoff, at(s));
      if (verdict.allowed) return recordRateLimitFailure(handle.db, key, backoff, verdict, at(s));
      return -verdict.retryAfterSeconds;
    };
    expect(await fail(0)).toBe(0);
    expect(await fail(1)).toBe(1); // 2nd failure: 1 s
    expect(await fail(1)).toBe(-1); // refused, not counted
    expect(await fail(2)).toBe(2); // 3rd: 2 s
    expect(await fail(5)).toBe(4); // 4th: 4 s
    expect(await fail(10)).toBe(4); // capped
  });

  it("takes several limits together and refunds the ones taken when a later one refuses", async () => {
    const tight = { limit: 1, windowSeconds: 60 };
    await takeRateLimit(handle.db, "test:b", tight, at(0));
    const answer = await takeRateLimits(
      handle.db,
      [
        { key: "test:a", rule },
        { key: "test:b", rule: tight },
      ],
      at(1),
    );
    expect(answer).toMatchObject({ allowed: false, key: "test:b" });
    // test:a's attempt was given back: it still has its whole limit.
    for (let i = 0; i < 3; i++) expect((await takeRateLimit(handle.db, "test:a", rule, at(2))).allowed).toBe(true);
  });
});
