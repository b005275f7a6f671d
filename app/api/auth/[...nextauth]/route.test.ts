import { createRequire } from "node:module";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { users } from "@/db/schema";
import { configurePasswordPool, hashPassword, PASSWORD_BUSY_RETRY_AFTER_SECONDS } from "@/lib/auth/password";
import type { DatabaseHandle, Db } from "@/lib/db";
import { peekRateLimit } from "@/lib/rate-limit/service";
import { SIGN_IN_PER_ACCOUNT_CLIENT, SIGN_IN_PER_CLIENT } from "@/lib/auth/service";
import { createTestDatabase } from "@/lib/testing/test-db";

// next-auth's route handler reads the request's headers and cookies through next/headers (with a CommonJS
// require, which vi.mock doesn't reach): here, they are the request being handled.
const state = vi.hoisted(() => ({ db: null as Db | null, request: null as Request | null }));
vi.mock("@/lib/db", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/db")>()), getDb: async () => state.db }));
const nextHeaders = createRequire(import.meta.url)("next/headers") as Record<string, unknown>;
nextHeaders.headers = async () => new Headers(state.request?.headers);
nextHeaders.cookies = async () => ({
  getAll: () =>
    (state.request?.headers.get("cookie") ?? "")
      .split(/;\s*/)
      .filter(Boolean)
      .map((pair) => ({ name: pair.slice(0, pair.indexOf("=")), value: decodeURIComponent(pair.slice(pair.indexOf("=") + 1)) })),
});

const { GET, POST } = await import("./route");

const ORIGIN = "http://localhost:3000";
const EMAIL = "busy-pool@test.dev";
const PASSWORD = "correct horse battery";
const CLIENT = "198.51.100.77";

let handle: DatabaseHandle;
beforeAll(async () => {
  vi.stubEnv("AUTH_SECRET", "route-test-secret");
  vi.stubEnv("NEXTAUTH_URL", ORIGIN);
  handle = await createTestDatabase();
  state.db = handle.db;
  await handle.db.insert(users).values({ email: EMAIL, name: "Pia", passwordHash: await hashPassword(PASSWORD), role: "shopper" });
});
afterAll(async () => {
  configurePasswordPool({ concurrency: 2, queue: 16 });
  vi.unstubAllEnvs();
  await handle?.close();
});

/** Runs one request through the route handler, as Next would. */
async function call(handler: typeof GET, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const request = new NextRequest(`${ORIGIN}${path}`, { method: init.method ?? "GET", headers: init.headers, body: init.body });
  state.request = request;
  const segments = path.split("?")[0].replace("/api/auth/", "").split("/");
  return handler(request, { params: Promise.resolve({ nextauth: segments }) });
}

/** A credentials sign-in as the sign-in form posts it (`signIn("credentials", { redirect: false })`). */
async function signIn(password: string, { json = true } = {}) {
  const csrf = await call(GET, "/api/auth/csrf", { headers: { "x-forwarded-for": CLIENT } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await call(POST, "/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": CLIENT },
    body: new URLSearchParams({ csrfToken, email: EMAIL, password, ...(json ? { json: "true" } : {}) }).toString(),
  });
  if (!json) return { response, error: null };
  const { url } = (await response.clone().json()) as { url: string };
  return { response, error: new URL(url).searchParams.get("error") };
}

describe("a sign-in refused because the password pool is full", () => {
  it("answers 503 with Retry-After (and the form's 'Busy' error), not 401", async () => {
    configurePasswordPool({ concurrency: 0, queue: 0 });
    const { response, error } = await signIn(PASSWORD);
    expect(error).toBe("Busy");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe(String(PASSWORD_BUSY_RETRY_AFTER_SECONDS));
  });

  it("a plain form post (no JSON) gets the same 503 and Retry-After, with the one error body instead of a redirect", async () => {
    configurePasswordPool({ concurrency: 0, queue: 0 });
    const { response } = await signIn(PASSWORD, { json: false });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe(String(PASSWORD_BUSY_RETRY_AFTER_SECONDS));
    expect(response.headers.get("location")).toBeNull();
    expect(await response.json()).toEqual({ error: { code: "unavailable", message: expect.stringMatching(/busy/i) } });
  });

  it("is not counted against the account or the client, and the right password gets in once the pool has room", async () => {
    configurePasswordPool({ concurrency: 0, queue: 0 });
    for (let i = 0; i < SIGN_IN_PER_ACCOUNT_CLIENT.limit + 2; i++) expect((await signIn(PASSWORD)).response.status).toBe(503);
    const pair = await peekRateLimit(handle.db, `sign-in:account-client:${EMAIL}|${CLIENT}`, SIGN_IN_PER_ACCOUNT_CLIENT);
    const client = await peekRateLimit(handle.db, `sign-in:client:${CLIENT}`, SIGN_IN_PER_CLIENT);
    expect([pair.count, client.count]).toEqual([0, 0]);

    configurePasswordPool({ concurrency: 2, queue: 16 });
    const { response, error } = await signIn(PASSWORD);
    expect(error).toBeNull();
    expect(response.status).toBe(200);
  });

  it("a wrong password is still a plain 401 CredentialsSignin, without Retry-After", async () => {
    configurePasswordPool({ concurrency: 2, queue: 16 });
    const { response, error } = await signIn("wrong password");
    expect(error).toBe("CredentialsSignin");
    expect(response.status).toBe(401);
    expect(response.headers.get("retry-after")).toBeNull();
  });
});
