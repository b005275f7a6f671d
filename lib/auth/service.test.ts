import { sql } from "drizzle-orm";
import { queryRows } from "@/lib/db/rows";
import { ZodError } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stores, users } from "@/db/schema";
import type { DatabaseHandle } from "@/lib/db";
import { refusalCode, rejection } from "@/lib/testing/errors";
import { createTestDatabase } from "@/lib/testing/test-db";
import { hashPassword } from "./password";
import { authenticate, authenticateWithLimits, authorizeAdmin, authorizeStaff, registerShopper, type SessionUser } from "./service";

let handle: DatabaseHandle;
const people: Record<string, SessionUser> = {};

const hours = { open: "08:00", close: "21:00" };
const openingHours = { "1": hours, "2": hours, "3": hours, "4": hours, "5": hours, "6": hours, "7": null };

beforeAll(async () => {
  handle = await createTestDatabase();
  const { db } = handle;
  const [a, b] = await db
    .insert(stores)
    .values(
      ["aaa", "bbb"].map((code) => ({
        code,
        name: `Store ${code}`,
        street: "1 Main St",
        city: "Seattle",
        region: "WA",
        postalCode: "98101",
        phone: "+1 206 555 0100",
        latitude: 47.6,
        longitude: -122.3,
        timezone: "America/Los_Angeles",
        openingHours,
        taxRateBps: 1000,
      })),
    )
    .returning();
  const passwordHash = await hashPassword("correct horse");
  const rows = await db
    .insert(users)
    .values([
      { email: "shopper@test.dev", name: "Sam", passwordHash, role: "shopper" },
      { email: "assoc-a@test.dev", name: "Ada", passwordHash, role: "associate", storeId: a.id },
      { email: "manager-a@test.dev", name: "Max", passwordHash, role: "manager", storeId: a.id },
      { email: "admin@test.dev", name: "Ann", passwordHash, role: "admin" },
    ])
    .returning({ id: users.id, email: users.email, name: users.name, role: users.role, storeId: users.storeId });
  for (const row of rows) people[row.email.split("@")[0]] = row;
  expect(b.code).toBe("bbb");
});

afterAll(() => handle.close());

describe("authenticate", () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const user = await authenticate(handle.db, { email: "  Assoc-A@Test.dev ", password: "correct horse" });
    expect(user).toMatchObject({ email: "assoc-a@test.dev", role: "associate" });
    expect(user).not.toHaveProperty("passwordHash");
  });

  it("refuses a wrong password, an unknown email and malformed input", async () => {
    expect(await authenticate(handle.db, { email: "assoc-a@test.dev", password: "correct horsE" })).toBeNull();
    expect(await authenticate(handle.db, { email: "nobody@test.dev", password: "correct horse" })).toBeNull();
    expect(await authenticate(handle.db, { email: "assoc-a@test.dev", password: "" })).toBeNull();
    expect(await authenticate(handle.db, { email: ["x"], password: { $ne: "" } })).toBeNull();
  });
});

describe("authorizeStaff", () => {
  const check = (who: keyof typeof people | null, storeCode: string, permission: Parameters<typeof authorizeStaff>[1]["permission"]) =>
    refusalCode(authorizeStaff(handle.db, { user: who ? people[who] : null, storeCode, permission }));

  it("refuses signed-out callers and shoppers on staff actions", async () => {
    expect(await check(null, "aaa", "pickups:work")).toBe("unauthorized");
    expect(await check("shopper", "aaa", "pickups:work")).toBe("forbidden");
    expect(await check("shopper", "aaa", "store:view")).toBe("forbidden");
  });

  it("lets an associate act in their own store only", async () => {
    expect(await check("assoc-a", "aaa", "pickups:handover")).toBe("allowed");
    expect(await check("assoc-a", "bbb", "pickups:handover")).toBe("forbidden");
    expect(await check("assoc-a", "bbb", "store:view")).toBe("forbidden");
  });

  it("keeps manager-only permissions from associates", async () => {
    expect(await check("assoc-a", "aaa", "inventory:adjust")).toBe("forbidden");
    expect(await check("assoc-a", "aaa", "orders:cancel")).toBe("forbidden");
    expect(await check("manager-a", "aaa", "inventory:adjust")).toBe("allowed");
    expect(await check("manager-a", "bbb", "inventory:adjust")).toBe("forbidden");
  });

  it("lets admins act in every store, and reports unknown stores", async () => {
    expect(await check("admin", "bbb", "orders:cancel")).toBe("allowed");
    expect(await check("admin", "zzz", "store:view")).toBe("not_found");
  });
});

describe("authorizeAdmin", () => {
  it("allows admins only", async () => {
    expect(authorizeAdmin(people.admin, "admin:catalog").email).toBe("admin@test.dev");
    expect(await refusalCode((async () => authorizeAdmin(people["manager-a"], "admin:catalog"))())).toBe("forbidden");
    expect(await refusalCode((async () => authorizeAdmin(null, "admin:catalog"))())).toBe("unauthorized");
  });
});

describe("registerShopper", () => {
  const count = async () => (await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from users`))[0].n;
  const register = (input: Parameters<typeof registerShopper>[1], clientAddress = "10.4.4.4") => registerShopper(handle.db, input, { clientAddress });

  it("creates a shopper who can then sign in", async () => {
    const { created } = await register({ name: "Nia", email: "Nia@Test.dev", password: "a-long-password" });
    expect(created).toMatchObject({ email: "nia@test.dev", role: "shopper", storeId: null });
    expect(await authenticate(handle.db, { email: "nia@test.dev", password: "a-long-password" })).not.toBeNull();
  });

  it("writes nothing for a taken email and names its owner (for the e-mail; the answer is the same)", async () => {
    const before = await count();
    const registration = await register({ name: "X", email: "shopper@test.dev", password: "another-password" });
    expect(registration).toEqual({ taken: { id: people.shopper.id, email: "shopper@test.dev", name: "Sam" } });
    expect(await count()).toBe(before);
    expect(await authenticate(handle.db, { email: "shopper@test.dev", password: "another-password" })).toBeNull();
  });

  it("refuses bad input and writes nothing", async () => {
    const before = await count();
    // The schema refuses each bad field by name before anything is hashed or written.
    const error = await rejection(register({ name: "", email: "not-an-email", password: "short" }));
    expect(error).toBeInstanceOf(ZodError);
    expect(new Set((error as ZodError).issues.map((issue) => issue.path[0]))).toEqual(new Set(["name", "email", "password"]));
    expect(await count()).toBe(before);
  });
});

describe("sign-in abuse limits (more in sign-in-limits.test.ts)", () => {
  const signIn = (email: string, password: string, clientAddress: string) =>
    authenticateWithLimits(handle.db, { email, password }, { clientAddress });

  it("does not count successful sign-ins", async () => {
    for (let i = 0; i < 12; i++) expect(await signIn("assoc-a@test.dev", "correct horse", "10.5.5.5")).not.toBeNull();
  });

  it("a stranger's failures on an account never lock it for another client", async () => {
    for (let i = 0; i < 12; i++) await signIn("manager-a@test.dev", "wrong", "10.0.0.1").catch(() => null);
    expect(await signIn("manager-a@test.dev", "correct horse", "10.0.1.1")).not.toBeNull();
  });
});
