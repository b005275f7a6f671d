import { expect, test } from "@playwright/test";
import { demo, signIn } from "./fixtures/session";

test.describe("security headers", () => {
  test("pages carry one CSP and the other protective headers, and still work under it", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });

    const response = await page.goto("/");
    const headers = response!.headers();
    const csp = headers["content-security-policy"];
    // One policy (next.config.ts's and the proxy's are the same one, never joined).
    expect(csp.split(",")).toHaveLength(1);
    // Cached pages can't carry a per-request nonce: scripts from this origin and Next's inline
    // bootstrap only; nothing from elsewhere, no eval, no plugins, no framing.
    expect(csp).toContain("script-src 'self' 'unsafe-inline'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"]).toBeUndefined();
    // Plain HTTP: no HSTS (it would be meaningless here).
    expect(headers["strict-transport-security"]).toBeUndefined();

    // A script from another origin is refused by the browser.
    const blocked = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const script = document.createElement("script");
          script.src = "https://evil.example/x.js";
          script.onerror = () => resolve(true);
          script.onload = () => resolve(false);
          document.head.appendChild(script);
        }),
    );
    expect(blocked).toBe(true);

    // The page is interactive under the policy: the header search suggests as you type.
    await page
      .getByRole("combobox", { name: /search/i })
      .first()
      .fill("coffee");
    await expect(page.getByRole("option").first()).toBeVisible();
    expect(violations.filter((text) => !text.includes("evil.example"))).toEqual([]);
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
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
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
