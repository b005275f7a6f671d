import http from "node:http";
import { expect, test } from "@playwright/test";
import { buildActions, Client, form, placeOrderOverHttp, stockedSkuId } from "./fixtures/actions";
import { demo } from "./fixtures/session";
import { signUpShopperOverHttp } from "./fixtures/shoppers";
import { e2eBaseUrl, e2ePort } from "./server";

/**
 * Abuse limits over HTTP, against the production build. Pickup codes are short enough to
 * guess, so refused codes are limited per staff member and store (lib/fulfilment/handover.ts:
 * 8 refusals per 10 minutes); after that even the right code is refused for that person, while a
 * colleague can still hand over. Works in store "pdx", where no other spec hands over.
 * Sign-in, sign-up and card limits below; more in lib/auth/sign-in-limits.test.ts,
 * lib/account/sign-up.test.ts and lib/checkout/payment.test.ts (the 50-way coupon race:
 * lib/checkout/coupon-race.hostile.test.ts).
 */

const STORE = "pdx";
const LIMIT = 8;

test("guessing pickup codes is cut off after 8 wrong codes, for that staff member only", async () => {
  const actions = buildActions();
  const [guesser, colleague, shopper] = await Promise.all([
    Client.signIn(e2eBaseUrl, `manager.${STORE}@example.com`, actions),
    Client.signIn(e2eBaseUrl, `associate.${STORE}@example.com`, actions),
    signUpShopperOverHttp(e2eBaseUrl, actions),
  ]);
  const { skuId } = await stockedSkuId(shopper, STORE, 10, 90);
  const { orderId } = await placeOrderOverHttp(shopper, { store: STORE, skuId });
  const code = /data-qr-payload="([^"]+)"/.exec(await shopper.html(`/orders/${orderId}`))?.[1]?.replace(/&amp;/g, "&");
  expect(code).toBeTruthy();

  const lookup = async (client: Client, text: string) =>
    (await client.action("lib/fulfilment/actions.ts#lookupPickupAction", [{ storeCode: STORE, code: text }])).result as {
      ok: boolean;
      message?: string;
    };

  // Wrong (well-formed) codes: refused one by one, then the limit. An already used-up window
  // (a reused local server) starts limited; never more than LIMIT refusals get through.
  const answers: string[] = [];
  for (let i = 0; i <= LIMIT; i++) {
    const answer = await lookup(guesser, `WRONG-${String(i).padStart(5, "0")}`);
    expect(answer.ok).toBe(false);
    answers.push(answer.message ?? "");
    if (/too many wrong codes/i.test(answer.message ?? "")) break;
  }
  expect(answers.at(-1)).toMatch(/too many wrong codes/i);
  expect(answers.filter((a) => !/too many wrong codes/i.test(a)).length).toBeLessThanOrEqual(LIMIT);
  for (const refused of answers.slice(0, -1)) expect(refused).toMatch(/no order matches/i);

  // While limited, even the right code is refused for the guesser…
  expect((await lookup(guesser, code!)).message).toMatch(/too many wrong codes/i);
  // …but not for a colleague at the same store: they get the order (not ready yet).
  const colleagues = await lookup(colleague, code!);
  expect(colleagues.message ?? "").not.toMatch(/too many/i);
  expect(colleagues.message).toMatch(/isn't ready yet/);
});

/** The password signUpShopperOverHttp gives its accounts (e2e/fixtures/shoppers.ts). */
const SHOPPER_PASSWORD = "aisle-shopper-1";

/**
 * One credentials sign-in from `localAddress` (any 127.x address reaches the server, which keys
 * limits on the socket's address): the `error` next-auth reports ("CredentialsSignin" for a wrong
 * password, "TooManyAttempts" when limited, "Busy" when the password pool is full), or null when signed in.
 */
function signInFrom(localAddress: string, email: string, password: string): Promise<string | null> {
  const request = (path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
    new Promise<{ headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: "127.0.0.1",
          port: e2ePort,
          localAddress,
          path,
          method: init.method ?? "GET",
          headers: { host: `localhost:${e2ePort}`, ...init.headers },
        },
        (response) => {
          const parts: Buffer[] = [];
          response.on("data", (part: Buffer) => parts.push(part));
          response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(parts).toString("utf8") }));
          response.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(init.body);
    });
  return (async () => {
    const csrf = await request("/api/auth/csrf");
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
    const answer = await request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
    });
    const target = answer.headers.location ?? (JSON.parse(answer.body || "{}") as { url?: string }).url ?? "";
    return new URL(target, e2eBaseUrl).searchParams.get("error");
  })();
}

test("25 concurrent wrong passwords: at most 10 are evaluated; that client then waits, another gets in", async () => {
  const shopper = await signUpShopperOverHttp(e2eBaseUrl);
  const stranger = "127.0.0.31";
  const answers = await Promise.all(Array.from({ length: 25 }, () => signInFrom(stranger, shopper.email, "wrong-password")));
  // Every attempt is counted before its password is checked: at most the limit (10) are checked.
  expect(answers.filter((answer) => answer === "CredentialsSignin").length).toBeLessThanOrEqual(10);
  expect(answers.filter((answer) => answer === "TooManyAttempts").length).toBeGreaterThanOrEqual(15);
  for (const answer of answers) expect(["CredentialsSignin", "TooManyAttempts", "Busy"]).toContain(answer);
  // The 26th, with the right password, from the same client: still limited.
  expect(await signInFrom(stranger, shopper.email, SHOPPER_PASSWORD)).toBe("TooManyAttempts");
  // The owner, on a client with no recent failures, signs in with the right password.
  expect(await signInFrom("127.0.0.32", shopper.email, SHOPPER_PASSWORD)).toBeNull();
});

test("40 parallel sign-ups: each answered as success, 'busy' or limited, never a 500; a taken e-mail answers as a new one", async () => {
  test.setTimeout(120_000);
  const guest = new Client(e2eBaseUrl, "", buildActions());
  const signUp = (email: string) =>
    guest.action("lib/account/actions.ts#signUpAction", [{}, form({ name: "Flood Shopper", email, password: SHOPPER_PASSWORD })], {
      page: "/sign-up",
    });
  const fresh = () => `flood-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.com`;

  // One at a time first: the answer for a taken e-mail is the answer for a new one.
  const created = await signUp(fresh());
  const taken = await signUp(demo.shopper);
  expect(created.status).toBe(200);
  expect(taken.status).toBe(created.status);
  expect(taken.result).toEqual(created.result);
  expect(created.result).toMatchObject({ ok: true });

  const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => signUp(i % 4 === 0 ? demo.shopper : fresh())));
  for (const answer of answers) {
    expect(answer.status, answer.text.slice(0, 200)).toBe(200);
    const result = answer.result as { ok: boolean; code?: string; message?: string };
    if (!result.ok) {
      expect(["unavailable", "rate_limited"]).toContain(result.code);
      expect(result.message).toBeTruthy();
    }
  }
});

test("20 rapid declines on one account: the processor's reason for the first few, then a generic decline, then refused", async () => {
  test.setTimeout(120_000);
  const shopper = await signUpShopperOverHttp(e2eBaseUrl, buildActions());
  const { skuId } = await stockedSkuId(shopper, STORE, 10, 60);
  await shopper.action("lib/stores/actions.ts#setMyStoreAction", [{}, form({ code: STORE })], { page: "/stores" });
  await shopper.action("lib/cart/actions.ts#addToCartAction", [{ skuId, quantity: 1 }]);
  const html = await shopper.html("/checkout");
  const hidden = (name: string) => new RegExp(`<input type="hidden" name="${name}" value="([^"]*)"`).exec(html)?.[1];
  const answers: { ok: boolean; code?: string; message?: string }[] = [];
  for (let i = 0; i < 20; i++) {
    const fields = {
      idempotencyKey: crypto.randomUUID(),
      storeId: hidden("storeId"),
      slot: hidden("slot"),
      fulfilment: "pickup",
      contactName: "Card Tester",
      contactEmail: "tester@example.com",
      // The test processor's "insufficient funds" card. The e2e server raises the per-card and
      // per-client limits (many specs decline test cards from one address), so what stops this
      // account is its own limit; the per-card one is proven in lib/checkout/payment.test.ts.
      cardNumber: "4000 0000 0000 9995",
      cardExpiry: "12/30",
      cardCvc: "123",
    };
    const answer = await shopper.action("lib/checkout/actions.ts#placeOrderAction", [{}, form(fields)], { page: "/checkout" });
    expect(answer.status).toBe(200);
    answers.push(answer.result as { ok: boolean; code?: string; message?: string });
  }
  expect(answers.every((answer) => answer.ok === false)).toBe(true);
  const declines = answers.filter((answer) => answer.code === "payment_declined");
  expect(declines.length).toBeLessThanOrEqual(10);
  // A reused local server may start inside the cool-down; otherwise the first three say why.
  if (answers[0].code === "payment_declined") {
    for (const first of declines.slice(0, 3)) expect(first.message).toMatch(/insufficient funds/i);
  }
  for (const later of declines.slice(3)) expect(later.message).not.toMatch(/insufficient/i);
  expect(answers.at(-1)).toMatchObject({ code: "rate_limited", message: expect.stringMatching(/too many payment attempts/i) });
});
