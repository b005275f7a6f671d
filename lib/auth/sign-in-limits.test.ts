import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { auditLog, users } from "@/db/schema";
import type { DatabaseHandle } from "@/lib/db";
import { refusalCode } from "@/lib/testing/errors";
import { createTestDatabase } from "@/lib/testing/test-db";
import * as password from "./password";
import { authenticateWithLimits } from "./service";
import { listStaffLockouts } from "./lockouts";

// Every argon2 verification the sign-in runs, counted: the rule is about how many guesses are *evaluated*.
vi.mock("./password", async (importOriginal) => {
  const original = await importOriginal<typeof import("./password")>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});
const verifications = vi.mocked(password.verifyPassword);

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  const passwordHash = await password.hashPassword("correct horse");
  await handle.db.insert(users).values([
    { email: "racer@test.dev", name: "Rae", passwordHash, role: "shopper" },
    { email: "target@test.dev", name: "Tia", passwordHash, role: "shopper" },
    { email: "boss@test.dev", name: "Bo", passwordHash, role: "admin" },
    { email: "backoff@test.dev", name: "Ben", passwordHash, role: "shopper" },
  ]);
});
afterAll(() => handle.close());
let verificationsBefore = 0;
beforeEach(() => {
  verificationsBefore = verifications.mock.calls.length;
});
const verificationCount = () => verifications.mock.calls.length - verificationsBefore;

const signIn = (email: string, pass: string, clientAddress: string, now?: Date) =>
  authenticateWithLimits(handle.db, { email, password: pass }, { clientAddress, now });

describe("sign-in limits can't be raced", () => {
  it("evaluates at most 10 of 25 concurrent wrong passwords, and the 26th (right) one is still limited", async () => {
    const answers = await Promise.allSettled(Array.from({ length: 25 }, () => signIn("racer@test.dev", "wrong", "10.1.1.1")));
    expect(verificationCount()).toBeLessThanOrEqual(10);
    expect(verificationCount()).toBeGreaterThan(0);
    expect(answers.filter((a) => a.status === "rejected").length).toBeGreaterThanOrEqual(15);
    expect(await refusalCode(signIn("racer@test.dev", "correct horse", "10.1.1.1"))).toBe("rate_limited");
  });
});

describe("no lock-out by strangers", () => {
  it("lets a client with no recent failures in with the right password after a stranger's 10 failures", async () => {
    // Ten real failures, a minute apart (past every back-off), from the stranger's address.
    const start = Date.now() - 11 * 60_000;
    for (let i = 0; i < 10; i++) expect(await signIn("target@test.dev", "wrong", "203.0.113.9", new Date(start + i * 61_000))).toBeNull();
    expect(await refusalCode(signIn("target@test.dev", "correct horse", "203.0.113.9"))).toBe("rate_limited");
    expect(await signIn("target@test.dev", "correct horse", "198.51.100.7")).toMatchObject({ email: "target@test.dev" });
  });

  it("backs off progressively per (account, client) after 5 failures: 1 s, then 2 s…", async () => {
    const at = (ms: number) => new Date(Date.UTC(2030, 0, 1, 12, 0, 0) + ms);
    for (let i = 0; i < 5; i++) expect(await signIn("backoff@test.dev", "wrong", "10.2.2.2", at(i))).toBeNull();
    // The 5th failure starts a 1-second back-off: even the right password waits.
    expect(await refusalCode(signIn("backoff@test.dev", "correct horse", "10.2.2.2", at(500)))).toBe("rate_limited");
    expect(await signIn("backoff@test.dev", "wrong", "10.2.2.2", at(1_100))).toBeNull();
    // The 6th: 2 seconds.
    expect(await refusalCode(signIn("backoff@test.dev", "wrong", "10.2.2.2", at(2_500)))).toBe("rate_limited");
    expect(await signIn("backoff@test.dev", "correct horse", "10.2.2.2", at(3_200))).toMatchObject({ email: "backoff@test.dev" });
    // A success clears the pair's failures.
    expect(await signIn("backoff@test.dev", "wrong", "10.2.2.2", at(3_300))).toBeNull();
    expect(await signIn("backoff@test.dev", "correct horse", "10.2.2.2", at(3_400))).not.toBeNull();
  });

  it("still limits one client across many accounts", async () => {
    const refusals = [];
    for (let i = 0; i < 60; i++) refusals.push(await refusalCode(signIn(`nobody${i}@test.dev`, "wrong", "10.3.3.3").then(() => null)));
    expect(refusals.at(-1)).toBe("rate_limited");
    expect(await refusalCode(signIn("racer@test.dev", "correct horse", "10.3.3.4").then(() => null))).toBe("allowed");
  });

  it("logs a staff account's lock-out for admins", async () => {
    const start = Date.now() - 11 * 60_000;
    for (let i = 0; i < 12; i++) await signIn("boss@test.dev", "wrong", "192.0.2.50", new Date(start + i * 61_000)).catch(() => null);
    const [boss] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, "boss@test.dev"));
    const rows = await handle.db
      .select({ data: auditLog.data })
      .from(auditLog)
      .where(and(eq(auditLog.action, "auth.sign_in_locked"), eq(auditLog.entityId, boss.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0].data).toMatchObject({ clientAddress: "192.0.2.50" });
    // ...where the admin home lists it, with who and from where.
    const shown = await listStaffLockouts(handle.db, { since: new Date(start - 1000) });
    expect(shown.filter((row) => row.email === "boss@test.dev")).toEqual([
      expect.objectContaining({ email: "boss@test.dev", clientAddress: "192.0.2.50", failures: 10 }),
    ]);
  });
});
