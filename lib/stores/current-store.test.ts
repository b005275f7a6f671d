import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/lib/db";
import { createStore } from "@/lib/testing/builders";
import { createTestDatabase } from "@/lib/testing/test-db";

// The store cookie as a hostile (or corrupted) browser sends it; nobody signed in.
const cookie = vi.hoisted(() => ({ value: "" }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === "aisle_store" ? { name, value: cookie.value } : undefined) }),
}));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));

const { getCurrentStore } = await import("./current-store");
const { storeCookieOptions } = await import("./cookie");

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await createStore(handle.db, { code: "cookie-a", name: "Aisle Alki" });
});
afterAll(async () => {
  await handle?.close();
});

describe("the store cookie is checked before it is used", () => {
  it("a valid store code picks that store", async () => {
    cookie.value = "cookie-a";
    expect((await getCurrentStore(handle.db))?.code).toBe("cookie-a");
  });

  it("a NUL byte or anything that can't be a store code is ignored, not sent to the database (it made every page 500)", async () => {
    for (const value of ["\u0000", "cookie-a\u0000", "x".repeat(5000), "COOKIE-A'; --"]) {
      cookie.value = value;
      await expect(getCurrentStore(handle.db), JSON.stringify(value.slice(0, 20))).resolves.toMatchObject({ code: expect.any(String) });
    }
  });
});

describe("the store cookie is Secure in production", () => {
  it("Secure in a production deployment, HttpOnly and SameSite=Lax always", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("AISLE_DEMO", "0");
    vi.stubEnv("APP_URL", "https://shop.example.com");
    expect(storeCookieOptions()).toMatchObject({ secure: true, httpOnly: true, sameSite: "lax", path: "/" });
    vi.stubEnv("AISLE_DEMO", "1");
    vi.stubEnv("APP_URL", "http://localhost:3000");
    expect(storeCookieOptions()).toMatchObject({ secure: false, httpOnly: true });
    vi.unstubAllEnvs();
  });
});
