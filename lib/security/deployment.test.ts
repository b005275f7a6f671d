import { afterEach, describe, expect, it, vi } from "vitest";
import { httpOrigin, isProductionDeployment, productionConfigProblem, publicOrigin, secureCookies } from "./deployment";

afterEach(() => vi.unstubAllEnvs());

function production({ demo }: { demo: boolean }) {
  vi.stubEnv("NODE_ENV", "production");
  vi.stubEnv("AISLE_DEMO", demo ? "1" : "0");
}

describe("a production deployment must be told its public address", () => {
  it("refuses to start without APP_URL, or with one that is no http(s) URL", () => {
    production({ demo: false });
    vi.stubEnv("APP_URL", undefined);
    expect(productionConfigProblem()).toMatch(/Set APP_URL/);
    vi.stubEnv("APP_URL", "shop.example.com");
    expect(productionConfigProblem()).toMatch(/must be an http\(s\) URL/);
    vi.stubEnv("APP_URL", "https://shop.example.com");
    expect(productionConfigProblem()).toBeNull();
  });

  it("lets the demo and development runs start without it, on localhost", () => {
    production({ demo: true });
    vi.stubEnv("APP_URL", undefined);
    vi.stubEnv("PORT", "4000");
    expect(isProductionDeployment()).toBe(false);
    expect(productionConfigProblem()).toBeNull();
    expect(publicOrigin()).toBe("http://localhost:4000");
    vi.stubEnv("NODE_ENV", "development");
    vi.stubEnv("AISLE_DEMO", "0");
    expect(productionConfigProblem()).toBeNull();
  });

  it("reads only the origin of an http(s) URL", () => {
    expect(httpOrigin(" https://shop.example.com/path?q=1 ")).toBe("https://shop.example.com");
    for (const bad of ["", "shop.example.com", "ftp://shop.example.com", "javascript:alert(1)", "http://[::1"])
      expect(httpOrigin(bad), bad).toBeNull();
  });
});

describe("cookies are Secure in production", () => {
  it("in a production deployment, and wherever the public site is HTTPS", () => {
    production({ demo: false });
    vi.stubEnv("APP_URL", "https://shop.example.com");
    expect(secureCookies()).toBe(true);
    production({ demo: true });
    expect(secureCookies()).toBe(true);
  });

  it("not for the demo on plain http://localhost, where a browser would drop a Secure cookie", () => {
    production({ demo: true });
    vi.stubEnv("APP_URL", "http://localhost:3000");
    expect(secureCookies()).toBe(false);
  });
});
