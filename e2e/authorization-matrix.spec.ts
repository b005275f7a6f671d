import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { can, type Actor, type Permission } from "@/lib/auth/permissions";
import {
  actionKey,
  actionOf,
  buildActions,
  buildCachedReadIds,
  callAction,
  Client,
  form,
  leaks,
  payInStoreOverHttp,
  placeOrderOverHttp,
  stockedSkuId,
  type ActionAnswer,
} from "./fixtures/actions";
import { signUpShopperOverHttp } from "./fixtures/shoppers";
import { e2eBaseUrl } from "./server";

/**
 * The authorization matrix: every server action of the build and every route handler under app/,
 * called over HTTP (the browser's wire format) by every persona, with the outcome that
 * lib/auth/permissions.ts implies. A server action in the build, or a route file, without a
 * row here fails the first test: whoever adds one must say who may call it.
 *
 * Outcomes:
 *  - "refused": a sign-in redirect, a 401/403/404, or an answer whose error says so (sign in,
 *    no access in this store, only a manager, or "we couldn't find that order" for somebody
 *    else's order — another shopper's order and a missing one look the same);
 *  - "allowed": the call got past authorization: it answered ok, or with a validation or
 *    business-state error ("isn't ready yet", "already picking") — those come after the check.
 * Never a 5xx: an action must answer with a clear error state, not throw.
 */

const STORE = "sea"; // associate@ and manager@ work here
const OTHER_STORE = "pdx"; // associate.pdx@ works here, not at sea

type Persona = "signedOut" | "shopperOwn" | "shopperOther" | "associateOwnStore" | "associateOtherStore" | "manager" | "admin";

/** Refused personas first, so an allowed call changing the resource cannot hide a refusal. */
const personas: Persona[] = ["signedOut", "shopperOther", "associateOtherStore", "shopperOwn", "associateOwnStore", "manager", "admin"];

/** Each persona as permissions.ts sees it, acting on a resource of store "sea". */
const actors: Record<Persona, Actor | null> = {
  signedOut: null,
  shopperOwn: { role: "shopper", storeId: null },
  shopperOther: { role: "shopper", storeId: null },
  associateOwnStore: { role: "associate", storeId: STORE },
  associateOtherStore: { role: "associate", storeId: OTHER_STORE },
  manager: { role: "manager", storeId: STORE },
  admin: { role: "admin", storeId: null },
};

/** Who a row is for: anyone, anyone signed in, the resource's owner (shopperOwn), or a permission in store "sea". */
type Rule = "public" | "signedIn" | "owner" | { permission: Permission };

function expected(rule: Rule, persona: Persona): "allowed" | "refused" {
  if (rule === "public") return "allowed";
  if (rule === "signedIn") return persona === "signedOut" ? "refused" : "allowed";
  if (rule === "owner") return persona === "shopperOwn" ? "allowed" : "refused";
  return can(actors[persona], rule.permission, { storeId: STORE }) ? "allowed" : "refused";
}

type World = {
  clients: Record<Persona, Client>;
  skuId: string;
  slug: string;
  /** Shopper (own)'s curbside order at sea, and its pickup code. */
  curbsideOrder: string;
  pickupCode: string;
  /** Shopper (own)'s pickup order at sea, for the cancel row. */
  cancelOrder: string;
  /** Shopper (own)'s scan-and-go purchase at sea, with an open exit pass. */
  inStoreOrder: string;
  exitToken: string;
};

type Call = (client: Client, world: World) => Promise<ActionAnswer | Response>;
type Row = {
  rule: Rule;
  call: Call;
  note?: string;
  /** How this action says no when it doesn't use an error message (e.g. it answers null). */
  refused?: (result: unknown) => boolean;
};

const UNKNOWN_UUID = "00000000-0000-4000-8000-000000000000";

/** One row per server action, by `file#export`. */
const actionRows: Record<string, Row> = {
  "lib/account/actions.ts#signUpAction": {
    rule: "public",
    note: "refused input: the call reaches validation for anyone",
    call: (c) => c.action("lib/account/actions.ts#signUpAction", [{}, form({ name: "x", email: "not-an-email", password: "short" })]),
  },
  "lib/account/actions.ts#signOutAction": {
    rule: "public",
    note: "forgets the caller's own session cookie; called without keeping its Set-Cookie so the persona stays signed in",
    call: (c) => {
      const entry = actionOf("lib/account/actions.ts#signOutAction", c.actions);
      return callAction(c.base, entry.id, [form({ callbackUrl: "/account" })], { page: entry.page, cookie: c.cookie });
    },
  },
  "lib/account/actions.ts#signOutEverywhereAction": {
    rule: "signedIn",
    note: "without confirm=everywhere: signed in, it is refused by validation (after the sign-in check), so no persona's sessions end",
    call: (c) => c.action("lib/account/actions.ts#signOutEverywhereAction", [{}, form({ confirm: "no" })]),
  },
  "lib/cart/actions.ts#addToCartAction": {
    rule: "public",
    call: (c, w) => c.action("lib/cart/actions.ts#addToCartAction", [{ skuId: w.skuId, quantity: 1 }]),
  },
  "lib/cart/actions.ts#setCartQuantityAction": {
    rule: "public",
    call: (c, w) => c.action("lib/cart/actions.ts#setCartQuantityAction", [{ skuId: w.skuId, quantity: 2 }]),
  },
  "lib/cart/actions.ts#removeFromCartAction": {
    rule: "public",
    call: (c, w) => c.action("lib/cart/actions.ts#removeFromCartAction", [{ skuId: w.skuId }]),
  },
  "lib/cart/actions.ts#mergeGuestCartAction": { rule: "signedIn", call: (c) => c.action("lib/cart/actions.ts#mergeGuestCartAction", []) },
  "lib/checkout/actions.ts#placeOrderAction": {
    rule: "signedIn",
    note: "an empty form: signed in, it is refused by validation (after the sign-in check)",
    call: (c) => c.action("lib/checkout/actions.ts#placeOrderAction", [{}, form({})]),
  },
  "lib/checkout/actions.ts#quoteCheckoutAction": {
    rule: "signedIn",
    note: "an unknown fulfilment: signed in, it is refused by validation (after the sign-in check)",
    call: (c) => c.action("lib/checkout/actions.ts#quoteCheckoutAction", [{ storeId: UNKNOWN_UUID, fulfilment: "teleport" }]),
  },
  "lib/fulfilment/actions.ts#imHereAction": {
    rule: "owner",
    call: (c, w) => c.action("lib/fulfilment/actions.ts#imHereAction", [{}, form({ orderId: w.curbsideOrder, parkingSpot: "7" })]),
  },
  "lib/reviews/actions.ts#submitReviewAction": {
    rule: "signedIn",
    note: "an out-of-range rating: signed in, it is refused by validation (after the sign-in check)",
    call: (c) => c.action("lib/reviews/actions.ts#submitReviewAction", [{}, form({ productId: UNKNOWN_UUID, rating: 9, title: "t", body: "b" })]),
  },
  "lib/stores/actions.ts#setMyStoreAction": {
    rule: "public",
    call: (c) => c.action("lib/stores/actions.ts#setMyStoreAction", [{}, form({ code: STORE })]),
  },
  "components/catalog/store-availability.tsx#$$RSC_SERVER_ACTION_0": {
    rule: "public",
    note: "the product page's inline 'Make this my store'",
    call: (c) => c.action("components/catalog/store-availability.tsx#$$RSC_SERVER_ACTION_0", [form({ code: STORE })]),
  },
  "lib/fulfilment/actions.ts#startPickingAction": {
    rule: { permission: "pickups:work" },
    call: (c, w) => c.action("lib/fulfilment/actions.ts#startPickingAction", [{}, form({ storeCode: STORE, orderId: w.curbsideOrder })]),
  },
  "lib/fulfilment/actions.ts#pickLineAction": {
    rule: { permission: "pickups:work" },
    call: (c, w) =>
      c.action("lib/fulfilment/actions.ts#pickLineAction", [
        {},
        form({ storeCode: STORE, orderId: w.curbsideOrder, lineId: UNKNOWN_UUID, outcome: "picked" }),
      ]),
  },
  "lib/fulfilment/actions.ts#markReadyAction": {
    rule: { permission: "pickups:work" },
    call: (c, w) => c.action("lib/fulfilment/actions.ts#markReadyAction", [{}, form({ storeCode: STORE, orderId: w.curbsideOrder })]),
  },
  "lib/fulfilment/actions.ts#acknowledgeCurbsideAction": {
    rule: { permission: "pickups:handover" },
    call: (c, w) => c.action("lib/fulfilment/actions.ts#acknowledgeCurbsideAction", [{}, form({ storeCode: STORE, orderId: w.curbsideOrder })]),
  },
  "lib/fulfilment/actions.ts#cancelOrderAction": {
    rule: { permission: "orders:cancel" },
    note: "a paid order: pickups:work to reach it, orders:cancel to cancel it",
    call: (c, w) =>
      c.action("lib/fulfilment/actions.ts#cancelOrderAction", [
        {},
        form({ storeCode: STORE, orderId: w.cancelOrder, reason: "Authorization matrix" }),
      ]),
  },
  "lib/fulfilment/actions.ts#lookupPickupAction": {
    rule: { permission: "pickups:handover" },
    call: (c, w) => c.action("lib/fulfilment/actions.ts#lookupPickupAction", [{ storeCode: STORE, code: w.pickupCode }]),
  },
  "lib/fulfilment/actions.ts#handOverAction": {
    rule: { permission: "pickups:handover" },
    note: "the order is not ready: allowed callers get 'isn't ready yet'",
    call: (c, w) => c.action("lib/fulfilment/actions.ts#handOverAction", [{ storeCode: STORE, code: w.pickupCode, orderId: w.curbsideOrder }]),
  },
  "lib/fulfilment/actions.ts#reviewSubstitutionAction": {
    rule: "owner",
    call: (c, w) =>
      c.action("lib/fulfilment/actions.ts#reviewSubstitutionAction", [
        {},
        form({ orderId: w.curbsideOrder, lineId: UNKNOWN_UUID, decision: "accepted" }),
      ]),
  },
  "lib/in-store/actions.ts#addToBasketAction": {
    rule: "public",
    call: (c, w) => c.action("lib/in-store/actions.ts#addToBasketAction", [{ storeCode: STORE, skuId: w.skuId, quantity: 1 }]),
  },
  "lib/in-store/actions.ts#setBasketQuantityAction": {
    rule: "public",
    call: (c, w) => c.action("lib/in-store/actions.ts#setBasketQuantityAction", [{ storeCode: STORE, skuId: w.skuId, quantity: 2 }]),
  },
  "lib/in-store/actions.ts#removeFromBasketAction": {
    rule: "public",
    call: (c, w) => c.action("lib/in-store/actions.ts#removeFromBasketAction", [{ storeCode: STORE, skuId: w.skuId }]),
  },
  "lib/in-store/actions.ts#payInStoreAction": {
    rule: "signedIn",
    note: "an invalid card form: signed in, refused by validation after the sign-in check",
    call: (c) => c.action("lib/in-store/actions.ts#payInStoreAction", [null, form({ storeCode: STORE, idempotencyKey: "x", cardNumber: "1" })]),
  },
  "lib/in-store/actions.ts#refreshExitPassAction": {
    rule: "owner",
    call: (c, w) => c.action("lib/in-store/actions.ts#refreshExitPassAction", [{ orderId: w.inStoreOrder }]),
  },
  "lib/in-store/actions.ts#verifyExitPassAction": {
    rule: { permission: "exit:check" },
    call: (c, w) => c.action("lib/in-store/actions.ts#verifyExitPassAction", [{ storeCode: STORE, token: w.exitToken }]),
  },
  "lib/in-store/kiosk/actions.ts#kioskQrAction": {
    rule: { permission: "kiosk:operate" },
    note: "a kiosk is a store device signed in by staff",
    call: (c) => c.action("lib/in-store/kiosk/actions.ts#kioskQrAction", [{ storeCode: STORE, kioskCode: "k1" }]),
  },
  "lib/in-store/kiosk/actions.ts#kioskStateAction": {
    rule: { permission: "kiosk:operate" },
    call: (c) => c.action("lib/in-store/kiosk/actions.ts#kioskStateAction", [{ storeCode: STORE, kioskCode: "k1" }]),
  },
  "lib/in-store/kiosk/actions.ts#cancelKioskHandoverAction": {
    rule: { permission: "kiosk:operate" },
    note: "a kiosk nobody is using: staff of the store end nothing",
    call: (c) => c.action("lib/in-store/kiosk/actions.ts#cancelKioskHandoverAction", [{ storeCode: STORE, kioskCode: "k-matrix" }]),
  },
  "lib/in-store/kiosk/actions.ts#payAtKioskAction": {
    rule: { permission: "kiosk:operate" },
    note: "no card details: staff of the store get past the check to validation",
    call: (c) =>
      c.action("lib/in-store/kiosk/actions.ts#payAtKioskAction", [
        null,
        form({ storeCode: STORE, kioskCode: "k-matrix", idempotencyKey: crypto.randomUUID() }),
      ]),
  },
  "lib/in-store/kiosk/actions.ts#joinKioskAction": {
    rule: "signedIn",
    note: "an expired kiosk token: signed in, refused by the token check after the sign-in check",
    call: (c) =>
      c.action("lib/in-store/kiosk/actions.ts#joinKioskAction", [null, form({ storeCode: STORE, kioskCode: "k1", token: "expired-token" })]),
  },
  "lib/in-store/actions.ts#rememberStoreAction": {
    rule: "public",
    call: (c) => c.action("lib/in-store/actions.ts#rememberStoreAction", [{ storeCode: STORE }]),
  },
};

/** Aborts a streaming (SSE) answer once its status is known. */
async function head(c: Client, pathname: string): Promise<Response> {
  const controller = new AbortController();
  const response = await c.get(pathname, { signal: controller.signal });
  controller.abort();
  return response;
}

/** One row per route handler file under app/ (the API and the few outside it), by its path. */
const routeRows: Record<string, Row> = {
  "app/(auth)/sign-in/continue/route.ts": {
    rule: "signedIn",
    note: "sends each role to its home; signed out, to sign in",
    call: (c) => c.get("/sign-in/continue"),
  },
  "app/images/products/[file]/route.ts": { rule: "public", call: (c, w) => c.get(`/images/products/${w.slug}.svg`) },
  "app/kiosk/[store]/[kiosk]/events/route.ts": { rule: { permission: "kiosk:operate" }, call: (c) => head(c, `/kiosk/${STORE}/k1/events`) },
  "app/api/auth/[...nextauth]/route.ts": { rule: "public", call: (c) => c.get("/api/auth/session") },
  "app/api/cart/route.ts": { rule: "public", call: (c) => c.get("/api/cart") },
  "app/api/me/route.ts": { rule: "public", note: "the caller's own header (account menu, cart count)", call: (c) => c.get("/api/me") },
  "app/api/products/[id]/review-eligibility/route.ts": {
    rule: "public",
    note: "whether the caller may review the product: their own answer",
    call: (c) => c.get(`/api/products/${UNKNOWN_UUID}/review-eligibility`),
  },
  "app/api/account/events/route.ts": {
    rule: "signedIn",
    note: "the caller's own channel only (no id in the URL)",
    call: (c) => head(c, "/api/account/events"),
  },
  "app/api/search/suggest/route.ts": { rule: "public", call: (c) => c.get("/api/search/suggest?q=coffee") },
  "app/api/orders/[id]/events/route.ts": { rule: "owner", call: (c, w) => head(c, `/api/orders/${w.curbsideOrder}/events`) },
  "app/api/staff/[store]/pickups/route.ts": { rule: { permission: "pickups:work" }, call: (c) => c.get(`/api/staff/${STORE}/pickups`) },
  "app/api/staff/[store]/pickups/events/route.ts": {
    rule: { permission: "pickups:work" },
    call: (c) => head(c, `/api/staff/${STORE}/pickups/events`),
  },
};

function routeFiles(dir = "app"): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^route\.(ts|tsx|js)$/.test(entry.name) ? [full] : [];
  });
}

const REFUSAL =
  /sign in|don't have access|only administrators|only a store manager|couldn't find (that|this) order|couldn't find an exit pass|session has ended/i;

/** What an answer means for authorization; a 5xx is never an outcome. */
async function outcome(answer: ActionAnswer | Response, row: Row): Promise<{ outcome: "allowed" | "refused"; detail: string }> {
  if (answer instanceof Response) {
    if (answer.status >= 500) throw new Error(`route answered ${answer.status}`);
    if ([401, 403, 404].includes(answer.status)) return { outcome: "refused", detail: String(answer.status) };
    if (answer.status >= 300 && answer.status < 400 && /sign-in/.test(answer.headers.get("location") ?? ""))
      return { outcome: "refused", detail: "→ sign-in" };
    return { outcome: "allowed", detail: String(answer.status) };
  }
  if (answer.status >= 500) throw new Error(`action answered ${answer.status}: ${answer.text.slice(0, 200)}`);
  expect(leaks(answer.text)).toEqual([]);
  if (answer.redirect) return { outcome: /^\/sign-in/.test(answer.redirect) ? "refused" : "allowed", detail: `→ ${answer.redirect}` };
  if (answer.status !== 200) return { outcome: "refused", detail: String(answer.status) };
  if (row.refused?.(answer.result)) return { outcome: "refused", detail: JSON.stringify(answer.result) };
  const result = answer.result as Record<string, unknown> | undefined;
  // The action clients' ActionResult: a refusal is one of these codes; any other answer (bad
  // input, out of stock, an unknown line…) means the caller got past the check.
  if (result && result.ok === false && typeof result.code === "string" && typeof result.message === "string") {
    // "Not yours" looks exactly like "missing": a not_found counts as a refusal when it is about
    // the resource the rule guards (the order, the exit pass), not a made-up line or SKU.
    const refused = ["unauthorized", "forbidden"].includes(result.code) || REFUSAL.test(result.message);
    return { outcome: refused ? "refused" : "allowed", detail: `${result.code}: ${result.message}` };
  }
  const error = typeof result?.error === "string" ? result.error : "";
  if (error && REFUSAL.test(error)) return { outcome: "refused", detail: error };
  if (result && result.ok === false && !error) return { outcome: "refused", detail: JSON.stringify(result) };
  return { outcome: "allowed", detail: error || JSON.stringify(result)?.slice(0, 120) || "void" };
}

test("every server action in the build and every API route has a row in the matrix", () => {
  const inBuild = buildActions().map(actionKey);
  expect(inBuild.length).toBeGreaterThan(10);
  expect(
    inBuild.filter((key) => !(key in actionRows)),
    "server actions without a row in authorization-matrix.spec.ts",
  ).toEqual([]);
  expect(
    Object.keys(actionRows).filter((key) => !inBuild.includes(key)),
    "rows for actions that are no longer in the build",
  ).toEqual([]);
  const routes = routeFiles();
  expect(
    routes.filter((file) => !(file in routeRows)),
    "route handlers without a row",
  ).toEqual([]);
  expect(
    Object.keys(routeRows).filter((file) => !routes.includes(file)),
    "rows for routes that no longer exist",
  ).toEqual([]);
});

test('a cached read (a "use cache" function) is never run as a server action', async ({ request }) => {
  const ids = buildCachedReadIds();
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) {
    const response = await request.post("/", {
      headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", origin: e2eBaseUrl },
      data: "[]",
    });
    expect(response.status(), id).toBe(404);
    expect(await response.text()).not.toContain('"a":"$@1"');
  }
});

test.describe.serial("who may call what", () => {
  let world: World;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    const actions = buildActions();
    const base = e2eBaseUrl;
    const signIn = (email: string) => Client.signIn(base, email, actions);
    const [shopperOwn, shopperOther, associateOwnStore, associateOtherStore, manager, admin] = await Promise.all([
      signIn("shopper@example.com"),
      signUpShopperOverHttp(base, actions),
      signIn("associate@example.com"),
      signIn(`associate.${OTHER_STORE}@example.com`),
      signIn("manager@example.com"),
      signIn("admin@example.com"),
    ]);
    const clients: Record<Persona, Client> = {
      signedOut: new Client(base, "", actions),
      shopperOwn,
      shopperOther,
      associateOwnStore,
      associateOtherStore,
      manager,
      admin,
    };
    const { skuId, slug } = await stockedSkuId(shopperOwn, STORE, 20, 60);
    const { orderId: curbsideOrder } = await placeOrderOverHttp(shopperOwn, { skuId, fulfilment: "curbside" });
    const { orderId: cancelOrder } = await placeOrderOverHttp(shopperOwn, { skuId });
    const { orderId: inStoreOrder } = await payInStoreOverHttp(shopperOwn, { skuId });
    const orderPage = await shopperOwn.html(`/orders/${curbsideOrder}`);
    const pickupCode = /data-qr-payload="([^"]+)"/.exec(orderPage)?.[1];
    expect(pickupCode, "the order page shows a pickup QR").toBeTruthy();
    const pass = (
      (await shopperOwn.action("lib/in-store/actions.ts#refreshExitPassAction", [{ orderId: inStoreOrder }])).result as {
        data?: { status: string; token?: string };
      }
    ).data;
    expect(pass?.status).toBe("open");
    world = {
      clients,
      skuId,
      slug,
      curbsideOrder,
      pickupCode: pickupCode!.replace(/&amp;/g, "&"),
      cancelOrder,
      inStoreOrder,
      exitToken: pass!.token!,
    };
  });

  for (const [name, row] of [...Object.entries(actionRows), ...Object.entries(routeRows)]) {
    test(`${name} — ${typeof row.rule === "string" ? row.rule : row.rule.permission}`, async () => {
      const got: Record<string, string> = {};
      const want: Record<string, string> = {};
      const details: Record<string, string> = {};
      for (const persona of personas) {
        const result = await outcome(await row.call(world.clients[persona], world), row);
        got[persona] = result.outcome;
        want[persona] = expected(row.rule, persona);
        details[persona] = result.detail;
      }
      if (process.env.MATRIX_DEBUG) console.log(name, JSON.stringify(details));
      expect(got, `outcomes per persona (details: ${JSON.stringify(details, null, 1)})`).toEqual(want);
    });
  }
});
