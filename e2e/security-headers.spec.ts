import { expect, test } from "@playwright/test";
import { demo, signIn } from "./fixtures/session";

test.describe("security headers", () => {
  test("pages carry a nonce-based CSP and the other protective headers, and still work under it", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });

    const response = await page.goto("/");
    const headers = response!.headers();
    const csp = headers["content-security-policy"];
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    // One policy: the proxy's nonce policy replaces next.config.ts's static fallback, never joins it.
    expect(csp.split(",")).toHaveLength(1);
    expect(csp).not.toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"]).toBeUndefined();
    // Plain HTTP: no HSTS (it would be meaningless here).
    expect(headers["strict-transport-security"]).toBeUndefined();

    // Next's own scripts carry this request's nonce (the browser hides the attribute's value
    // from getAttribute, but the property keeps it).
    const scriptNonces = await page.locator("script[src]").evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
    expect(scriptNonces.length).toBeGreaterThan(0);
    expect(new Set(scriptNonces)).toEqual(new Set([nonce]));

    // The page is interactive under the policy: the header search suggests as you type.
    await page
      .getByRole("combobox", { name: /search/i })
      .first()
      .fill("coffee");
    await expect(page.getByRole("option").first()).toBeVisible();

    // A second request gets a different nonce.
    const again = await page.request.get("/");
    expect(again.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);
    expect(violations).toEqual([]);
  });

  test("a client's own X-Forwarded-Proto is not believed: no HSTS or upgrade over plain HTTP without a trusted proxy", async ({ request }) => {
    // Only a proxy named by TRUST_PROXY may say the request came over HTTPS (scripts/serve.mjs).
    const response = await request.get("/stores", { headers: { "x-forwarded-proto": "https" } });
    expect(response.headers()["strict-transport-security"]).toBeUndefined();
    expect(response.headers()["content-security-policy"]).not.toContain("upgrade-insecure-requests");
  });

  test("the x-middleware-subrequest header neither skips the proxy nor opens a staff page", async ({ request }) => {
    const response = await request.get("/staff/sea", {
      headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
      maxRedirects: 0,
    });
    expect(response.headers()["content-security-policy"]).toContain("nonce-");
    // Signed out: sent to sign in, never shown the staff page.
    expect([302, 303, 307, 308]).toContain(response.status());
    expect(response.headers()["location"]).toContain("/sign-in");
  });

  test("the session cookie is HttpOnly and SameSite", async ({ page, context }) => {
    await signIn(page, demo.shopper);
    const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  });

  test("a write from another website is refused with a clear 403 before anything runs", async ({ request, baseURL }) => {
    for (const origin of ["https://evil.example", "null"]) {
      const response = await request.post("/sign-in", { headers: { origin, "next-action": "0".repeat(42) }, data: "[]" });
      expect(response.status(), origin).toBe(403);
      expect(await response.json()).toMatchObject({ error: "forbidden" });
    }
    // The same write from the app's own origin gets past this guard (and meets the next check).
    const own = await request.post("/sign-in", { headers: { origin: new URL(baseURL!).origin, "next-action": "0".repeat(42) }, data: "[]" });
    expect(own.status()).not.toBe(403);
  });

  test("a server action body over 1 MB is refused with 413", async ({ request, baseURL }) => {
    const response = await request.post("/sign-in", {
      headers: { origin: new URL(baseURL!).origin, "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
      data: "x".repeat(1024 * 1024 + 10),
    });
    expect(response.status()).toBe(413);
  });

  test("an address with a NUL byte gets a plain 400, not a database error", async ({ request }) => {
    for (const path of ["/p/%00", "/c/pantry%00", "/search?q=a%00b", "/stores/%00"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect(await response.text(), path).toContain("invalid character");
    }
  });
});
