import { afterAll, describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { configurePasswordPool, hashPassword, PasswordWorkBusy, verifyPassword } from "./password";

afterAll(() => configurePasswordPool({ concurrency: 2, queue: 16 }));

describe("the password pool", () => {
  it("runs at most `concurrency` argon2 operations at once, queues a few, and refuses the rest as unavailable", async () => {
    configurePasswordPool({ concurrency: 2, queue: 3 });
    const answers = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => hashPassword(`password-${i}`)));
    const refused = answers.filter((a) => a.status === "rejected").map((a) => (a as PromiseRejectedResult).reason);
    expect(answers.filter((a) => a.status === "fulfilled")).toHaveLength(5);
    expect(refused).toHaveLength(3);
    for (const error of refused) {
      expect(error).toBeInstanceOf(PasswordWorkBusy);
      expect(isAppError(error, "unavailable")).toBe(true);
      expect(error.retryAfterSeconds).toBeGreaterThan(0);
    }
    // Once the burst has passed, the pool serves again, verifications included.
    const hash = await hashPassword("after the burst");
    expect(await verifyPassword(hash, "after the burst")).toBe(true);
  });
});
