import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { notifications, users } from "@/db/schema";
import type { DatabaseHandle } from "@/lib/db";
import * as password from "@/lib/auth/password";
import { refusalCode } from "@/lib/testing/errors";
import { createTestDatabase } from "@/lib/testing/test-db";
import { signUpShopper } from "./sign-up";

// Every argon2 hash sign-up runs, counted: a taken e-mail must cost the same work as a new one.
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...original, hashPassword: vi.fn(original.hashPassword) };
});
const hashes = vi.mocked(password.hashPassword);

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await handle.db.insert(users).values({ email: "owner@test.dev", name: "Olive Owner", passwordHash: "x", role: "shopper" });
});
afterAll(() => handle.close());
let hashesBefore = 0;
beforeEach(() => {
  hashesBefore = hashes.mock.calls.length;
});
const hashCount = () => hashes.mock.calls.length - hashesBefore;

const signUp = (email: string, clientAddress: string) =>
  signUpShopper(handle.db, { name: "Pat", email, password: "a-long-password" }, { clientAddress });

describe("work before identity: sign-up", () => {
  it("answers a taken e-mail exactly as a new one, hashes either way, writes no user and tells the owner", async () => {
    const fresh = await signUp("new@test.dev", "10.7.0.1");
    const taken = await signUp("Owner@Test.dev", "10.7.0.2");
    expect(taken).toEqual(fresh);
    expect(hashCount()).toBe(2);
    const owners = await handle.db.select({ name: users.name }).from(users).where(eq(users.email, "owner@test.dev"));
    expect(owners).toEqual([{ name: "Olive Owner" }]);
    const mail = await handle.db
      .select({ kind: notifications.kind, channel: notifications.channel, body: notifications.body })
      .from(notifications)
      .where(eq(notifications.recipient, "owner@test.dev"));
    expect(mail).toEqual([{ kind: "sign_up_attempt", channel: "email", body: expect.stringMatching(/sign in/i) }]);
  });

  it("limits sign-ups per client, before any hashing, and leaves other clients alone", async () => {
    const answers = [];
    for (let i = 0; i < 12; i++) answers.push(await refusalCode(signUp(`many${i}@test.dev`, "10.8.0.1")));
    expect(answers.slice(0, 10).every((a) => a === "allowed")).toBe(true);
    expect(answers.slice(10)).toEqual(["rate_limited", "rate_limited"]);
    expect(hashCount()).toBe(10);
    expect(await refusalCode(signUp("elsewhere@test.dev", "10.8.0.2"))).toBe("allowed");
  });

  it("limits sign-ups for everyone together, per minute", async () => {
    const answers = await Promise.all(Array.from({ length: 70 }, (_, i) => refusalCode(signUp(`crowd${i}@test.dev`, `10.9.${i}.1`))));
    // 12 sign-ups already this minute in this file; the global limit is 60 a minute.
    expect(answers.filter((a) => a === "allowed").length).toBeLessThanOrEqual(60 - 12);
    expect(answers.filter((a) => a === "rate_limited").length).toBeGreaterThan(0);
    expect(answers.every((a) => a === "allowed" || a === "rate_limited" || a === "unavailable")).toBe(true);
  });
});
