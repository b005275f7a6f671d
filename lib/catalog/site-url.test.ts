import { afterEach, describe, expect, it, vi } from "vitest";

// The request as a hostile client shapes it: a forged forwarded host and a Host of its choice.
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "evil.example", "x-forwarded-host": "attacker.example", "x-forwarded-proto": "https" }),
}));
vi.mock("next/server", () => ({ connection: async () => {} }));

const { getSiteOrigin } = await import("./site-url");

afterEach(() => vi.unstubAllEnvs());

describe("getSiteOrigin: the public origin comes from APP_URL, never from the request", () => {
  it("is APP_URL's origin whatever Host and X-Forwarded-Host say", async () => {
    vi.stubEnv("APP_URL", "https://shop.example.com/some/path");
    expect(await getSiteOrigin()).toBe("https://shop.example.com");
  });

  it("falls back to this machine, not the request's host, when APP_URL is unset", async () => {
    vi.stubEnv("APP_URL", undefined);
    vi.stubEnv("NEXTAUTH_URL", undefined);
    vi.stubEnv("PORT", "3100");
    expect(await getSiteOrigin()).toBe("http://localhost:3100");
  });

  it("falls back safely on a malformed APP_URL instead of throwing (a 500 on every page)", async () => {
    vi.stubEnv("APP_URL", "shop.example.com:notaport");
    vi.stubEnv("PORT", undefined);
    expect(await getSiteOrigin()).toBe("http://localhost:3000");
    vi.stubEnv("APP_URL", "javascript:alert(1)");
    expect(await getSiteOrigin()).toBe("http://localhost:3000");
  });
});
