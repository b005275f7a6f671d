import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stores, users } from "@/db/schema";
import type { DatabaseHandle } from "@/lib/db";
import { createTestDatabase } from "@/lib/testing/test-db";
import { getSessionUser } from "./service";
import { bumpSessionVersion, currentSessionVersion, SHOPPER_SESSION_SECONDS, STAFF_SESSION_SECONDS } from "./session-version";

let handle: DatabaseHandle;
const ids: Record<string, string> = {};
const HOUR = 60 * 60;
const nowSeconds = () => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  handle = await createTestDatabase();
  const [store] = await handle.db
    .insert(stores)
    .values({
      code: "ver",
      name: "Store ver",
      street: "1 Main St",
      city: "Seattle",
      region: "WA",
      postalCode: "98101",
      phone: "+1 206 555 0100",
      latitude: 47.6,
      longitude: -122.3,
      timezone: "America/Los_Angeles",
      openingHours: { "1": null, "2": null, "3": null, "4": null, "5": null, "6": null, "7": null },
      taxRateBps: 1000,
    })
    .returning();
  const rows = await handle.db
    .insert(users)
    .values([
      { email: "shopper@ver.dev", name: "Sam", passwordHash: "x", role: "shopper" },
      { email: "assoc@ver.dev", name: "Ada", passwordHash: "x", role: "associate", storeId: store.id },
      { email: "admin@ver.dev", name: "Ann", passwordHash: "x", role: "admin" },
      { email: "other@ver.dev", name: "Oli", passwordHash: "x", role: "shopper" },
    ])
    .returning({ id: users.id, email: users.email });
  for (const row of rows) ids[row.email.split("@")[0]] = row.id;
});

afterAll(() => handle.close());

const fresh = () => ({ signedInAt: nowSeconds() - 60 });

describe("session version: a token is only as good as the user's current version", () => {
  it("a new user starts at version 1 and the token of that version passes", async () => {
    expect(await currentSessionVersion(handle.db, { userId: ids.shopper })).toBe(1);
    const user = await getSessionUser(handle.db, { userId: ids.shopper, claims: { sessionVersion: 1, ...fresh() } });
    expect(user).toMatchObject({ id: ids.shopper, role: "shopper" });
  });

  it("after 'sign out everywhere' (a bump) a token with the old version reads as signed out", async () => {
    expect(await bumpSessionVersion(handle.db, { userId: ids.other })).toBe(2);
    expect(await getSessionUser(handle.db, { userId: ids.other, claims: { sessionVersion: 1, ...fresh() } })).toBeNull();
    expect(await getSessionUser(handle.db, { userId: ids.other, claims: { sessionVersion: 2, ...fresh() } })).toMatchObject({ id: ids.other });
  });

  it("a token with no version or no sign-in time (minted before versions existed) reads as signed out", async () => {
    expect(await getSessionUser(handle.db, { userId: ids.shopper, claims: { sessionVersion: undefined, ...fresh() } })).toBeNull();
    expect(await getSessionUser(handle.db, { userId: ids.shopper, claims: { sessionVersion: 1, signedInAt: undefined } })).toBeNull();
  });

  it("a role change or a password change bumps the version (in the database, whoever writes it)", async () => {
    const before = (await currentSessionVersion(handle.db, { userId: ids.assoc }))!;
    await handle.db.update(users).set({ preferredStoreId: null, phone: "+1 206 555 0199" }).where(eq(users.id, ids.assoc));
    expect(await currentSessionVersion(handle.db, { userId: ids.assoc })).toBe(before); // unrelated columns: no bump
    await handle.db.update(users).set({ passwordHash: "y" }).where(eq(users.id, ids.assoc));
    expect(await currentSessionVersion(handle.db, { userId: ids.assoc })).toBe(before + 1);
    await handle.db.update(users).set({ role: "admin", storeId: null }).where(eq(users.id, ids.assoc));
    expect(await currentSessionVersion(handle.db, { userId: ids.assoc })).toBe(before + 2);
    expect(await getSessionUser(handle.db, { userId: ids.assoc, claims: { sessionVersion: before, ...fresh() } })).toBeNull();
  });

  it("bumping an unknown user is a no-op answering null", async () => {
    expect(await bumpSessionVersion(handle.db, { userId: "00000000-0000-4000-8000-000000000000" })).toBeNull();
  });
});

describe("staff sessions are shorter than shoppers'", () => {
  it("staff and admins: 12 hours from sign-in (not sliding); shoppers: 30 days", async () => {
    expect(STAFF_SESSION_SECONDS).toBe(12 * HOUR);
    expect(SHOPPER_SESSION_SECONDS).toBe(30 * 24 * HOUR);
    const version = (await currentSessionVersion(handle.db, { userId: ids.admin }))!;
    const thirteenHoursAgo = nowSeconds() - 13 * HOUR;
    expect(
      await getSessionUser(handle.db, { userId: ids.admin, claims: { sessionVersion: version, signedInAt: nowSeconds() - 11 * HOUR } }),
    ).not.toBeNull();
    expect(await getSessionUser(handle.db, { userId: ids.admin, claims: { sessionVersion: version, signedInAt: thirteenHoursAgo } })).toBeNull();
    expect(await getSessionUser(handle.db, { userId: ids.shopper, claims: { sessionVersion: 1, signedInAt: thirteenHoursAgo } })).not.toBeNull();
    expect(
      await getSessionUser(handle.db, { userId: ids.shopper, claims: { sessionVersion: 1, signedInAt: nowSeconds() - 31 * 24 * HOUR } }),
    ).toBeNull();
  });

  it("a sign-in time in the future is not a session", async () => {
    expect(await getSessionUser(handle.db, { userId: ids.shopper, claims: { sessionVersion: 1, signedInAt: nowSeconds() + HOUR } })).toBeNull();
  });
});
