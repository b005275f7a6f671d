import http from "node:http";
import { expect, test } from "@playwright/test";
import { actionOf, buildActions, signInCookie } from "./fixtures/actions";
import { DEMO_PASSWORD, demo } from "./fixtures/session";
import { e2eBaseUrl, e2ePort } from "./server";

/**
 * The edge as an attacker meets it, over raw HTTP against the app's own server
 * (scripts/serve.mjs, no TRUST_PROXY): forwarding headers a client sends are not believed, a
 * forged or malformed host changes no URL the app prints, and odd requests (prefetches, TRACE,
 * chunked oversized action bodies, NUL bytes in cookies) get a clear answer, never a 500.
 *
 * The sign-in tests connect from their own loopback addresses (127.0.0.5 and 127.0.0.6, bound
 * with `localAddress`), so the failures they pile up land in buckets no other spec signs in from.
 */

type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One request with full control: any method, a chunked body, a chosen source address. */
function raw(
  path: string,
  options: { method?: string; headers?: Record<string, string>; chunks?: (string | Buffer)[]; localAddress?: string } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port: e2ePort, path, method: options.method ?? "GET", headers: options.headers, localAddress: options.localAddress },
      (response) => {
        const parts: Buffer[] = [];
        response.on("data", (part: Buffer) => parts.push(part));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(parts).toString("utf8") }),
        );
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    // No Content-Length: node sends the chunks with Transfer-Encoding: chunked.
    for (const chunk of options.chunks ?? []) request.write(chunk);
    request.end();
  });
}

const cookiePairs = (headers: http.IncomingHttpHeaders) => (headers["set-cookie"] ?? []).map((cookie) => cookie.split(";")[0]);

/**
 * One credentials sign-in, as the sign-in form posts it, from `localAddress`; answers the
 * `error` next-auth reports ("CredentialsSignin" for a wrong password, "TooManyAttempts" when
 * limited) or null when signed in.
 */
async function signInFrom(localAddress: string, email: string, password: string, extraHeaders: Record<string, string> = {}): Promise<string | null> {
  const csrf = await raw("/api/auth/csrf", { localAddress });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const answer = await raw("/api/auth/callback/credentials", {
    method: "POST",
    localAddress,
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiePairs(csrf.headers).join("; "), ...extraHeaders },
    chunks: [new URLSearchParams({ csrfToken, email, password, json: "true" }).toString()],
  });
  const target = answer.headers.location ?? (JSON.parse(answer.body || "{}") as { url?: string }).url ?? "";
  return new URL(target, e2eBaseUrl).searchParams.get("error");
}

const RATE_LIMITED = "TooManyAttempts";
/** The per-client sign-in limit (SIGN_IN_PER_CLIENT in lib/auth/service.ts): 50 attempts in 15 minutes. */
const LIMIT = 50;
/** Guesses sent at once (the limit is counted before the password is checked); fewer than the hashing pool holds. */
const BATCH = 2;
const nobody = (i: number) => `edge-nobody-${Date.now()}-${i}@example.com`;

test.describe("forged X-Forwarded-For", () => {
  test.describe.configure({ mode: "serial" });

  test.setTimeout(300_000);

  test("doesn't give a fresh sign-in bucket: the per-client limit counts the socket's address", async () => {
    // Each guess a new (unknown) account and a new forged address: only the socket stays the same.
    const answers: (string | null)[] = [];
    for (let i = 0; i <= LIMIT + BATCH && !answers.includes(RATE_LIMITED); i += BATCH) {
      const batch = Array.from({ length: BATCH }, (_, j) =>
        signInFrom("127.0.0.5", nobody(i + j), "wrong-password", { "x-forwarded-for": `198.51.${Math.floor((i + j) / 250)}.${((i + j) % 250) + 1}` }),
      );
      answers.push(...(await Promise.all(batch)));
    }
    expect(answers).toContain(RATE_LIMITED);
    expect(answers.filter((answer) => answer !== RATE_LIMITED).length).toBeLessThanOrEqual(LIMIT);
  });

  test("doesn't lock out the address it names", async () => {
    // The attacker on 127.0.0.5 guesses again and again "as" 127.0.0.6 (every spelling of it)...
    for (let i = 0; i <= LIMIT + BATCH; i += BATCH) {
      const forged = ["127.0.0.6", "::ffff:127.0.0.6", "10.0.0.1, 127.0.0.6"];
      await Promise.all(
        Array.from({ length: BATCH }, (_, j) =>
          signInFrom("127.0.0.5", nobody(1000 + i + j), "wrong-password", { "x-forwarded-for": forged[(i + j) % forged.length] }),
        ),
      );
    }
    // ...and 127.0.0.6 itself is not limited: a wrong password is just wrong, the right one signs in.
    expect(await signInFrom("127.0.0.6", nobody(5000), "wrong-password")).toBe("CredentialsSignin");
    expect(await signInFrom("127.0.0.6", demo.shopper, DEMO_PASSWORD)).toBeNull();
  });
});

test.describe("forged or malformed X-Forwarded-Host", () => {
  const forged = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", host: "evil.example" };

  test("changes neither the sitemap, nor canonical links, nor the kiosk QR code", async () => {
    const sitemap = await raw("/sitemap.xml", { headers: forged });
    expect(sitemap.status).toBe(200);
    expect(sitemap.body).not.toContain("evil.example");
    const productPath = new RegExp(`<loc>${e2eBaseUrl}(/p/[^<]+)</loc>`).exec(sitemap.body)?.[1];
    expect(productPath, "the sitemap lists products on APP_URL").toBeTruthy();

    const product = await raw(productPath!, { headers: forged });
    expect(product.status).toBe(200);
    expect(/<link rel="canonical" href="([^"]+)"/.exec(product.body)?.[1]).toBe(`${e2eBaseUrl}${productPath}`);
    expect(product.body).not.toContain("evil.example");

    const cookie = await signInCookie(e2eBaseUrl, demo.associate);
    const kiosk = await raw("/kiosk/sea/k-edge", { headers: { ...forged, cookie } });
    expect(kiosk.status).toBe(200);
    expect(kiosk.body).toContain(`data-url="${e2eBaseUrl}/kiosk/sea/k-edge/join?t=`);
    expect(kiosk.body).not.toContain("evil.example");
  });

  test("a malformed one is not a 500", async () => {
    for (const host of ["[::1", "evil.example:notaport", "a b", "evil.example/path?x=1", "%00", ",,,"]) {
      for (const path of ["/", "/sitemap.xml", "/c/pantry", "/api/auth/session"]) {
        const answer = await raw(path, { headers: { "x-forwarded-host": host } });
        expect(answer.status, `${host} ${path}`).toBeLessThan(500);
      }
    }
  });
});

test("prefetch requests carry the frame and CSP headers", async () => {
  const prefetches: Record<string, string>[] = [{ "next-router-prefetch": "1", rsc: "1" }, { purpose: "prefetch" }, { "sec-purpose": "prefetch" }];
  for (const headers of prefetches) {
    for (const path of ["/", "/stores", "/sign-in"]) {
      const answer = await raw(path, { headers });
      const label = `${JSON.stringify(headers)} ${path}`;
      expect(answer.headers["x-frame-options"], label).toBe("DENY");
      expect(answer.headers["x-content-type-options"], label).toBe("nosniff");
      expect(answer.headers["content-security-policy"], label).toContain("frame-ancestors 'none'");
      expect(answer.headers["content-security-policy"], label).toContain("object-src 'none'");
    }
  }
});

test("TRACE is answered 405, not 500", async () => {
  expect((await raw("/", { method: "TRACE" })).status).toBe(405);
  // Node's HTTP parser itself refuses TRACK (400) before the app sees it: a 4xx either way.
  const track = await raw("/", { method: "TRACK" });
  expect(track.status).toBeGreaterThanOrEqual(400);
  expect(track.status).toBeLessThan(500);
});

test("a chunked server action body over 1 MB is refused with a 4xx, not a bare 500", async () => {
  const action = actionOf("lib/stores/actions.ts#setMyStoreAction", buildActions());
  // A well-formed reply (one long string argument), sent in 64 KB chunks with no Content-Length.
  const chunk = "x".repeat(64 * 1024);
  const answer = await raw(action.page, {
    method: "POST",
    headers: { "next-action": action.id, origin: e2eBaseUrl, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
    chunks: ['["', ...Array.from({ length: 18 }, () => chunk), '"]'],
  });
  expect(answer.status).toBeGreaterThanOrEqual(400);
  expect(answer.status).toBeLessThan(500);
});

test("a NUL byte or garbage in the store or next-auth cookies is no 500", async () => {
  const cookies = [
    "aisle_store=%00",
    "aisle_store=sea%00",
    "next-auth.callback-url=%00",
    "next-auth.callback-url=http%3A%2F%2F%5B",
    "next-auth.callback-url=https%3A%2F%2Fevil.example%2F",
    "next-auth.session-token=%00",
  ];
  for (const cookie of cookies) {
    for (const path of ["/", "/stores", "/cart", "/api/auth/session"]) {
      const answer = await raw(path, { headers: { cookie } });
      expect(answer.status, `${cookie} ${path}`).toBeLessThan(500);
    }
  }
  // The callback-url cookie never sends anyone to another site.
  const csrf = await raw("/api/auth/csrf", { headers: { cookie: "next-auth.callback-url=https%3A%2F%2Fevil.example%2F" } });
  expect(JSON.stringify(csrf.headers["set-cookie"] ?? [])).not.toContain("evil.example");
});
