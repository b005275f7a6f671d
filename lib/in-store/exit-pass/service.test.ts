import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exitPasses, stores } from "@/db/schema";
import { shopperActor, staffActor } from "@/lib/auth/actor";
import type { DatabaseHandle, Db } from "@/lib/db";
import { addToCart, getOrCreateCart } from "@/lib/cart/service";
import { payInStore } from "@/lib/in-store/pay";
import { inStorePaySchema } from "@/lib/in-store/schemas";
import { asSessionUser, createShopper, createSku, createStaff, createStore, stock } from "@/lib/testing/builders";
import { createTestDatabase } from "@/lib/testing/test-db";
import type { AuditPolicy } from "./audit";
import { FORGED_PASS_LIMIT, findOpenExitPass, refreshExitPass, verifyExitPass } from "./service";
import { parseExitPass, signExitPass } from "./token";

let handle: DatabaseHandle;
let db: Db;
const SECRET = "exit-pass-test-secret";
const noRandom: AuditPolicy = { highValueCents: 15_000, manyItems: 15, firstVisit: false, randomShareBps: 0 };

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterAll(() => handle.close());

/** A paid scan-and-go order with an open pass; returns its current token. */
async function paidOrder({
  priceCents = 800,
  quantity = 1,
  store: given,
  shopper: givenShopper,
}: { priceCents?: number; quantity?: number; store?: { id: string; code: string }; shopper?: Awaited<ReturnType<typeof createShopper>> } = {}) {
  const store = given ?? (await createStore(db));
  const { sku } = await createSku(db, { priceCents });
  await stock(db, { storeId: store.id, skuId: sku.id, onHand: 50 });
  const shopper = givenShopper ?? (await createShopper(db));
  const cart = await getOrCreateCart(db, { owner: { userId: shopper.id }, storeId: store.id });
  await addToCart(db, { cartId: cart.id, userId: shopper.id, storeId: store.id, skuId: sku.id, quantity });
  const sale = await payInStore(db, {
    userId: shopper.id,
    storeId: store.id,
    channel: "scan_and_go",
    input: inStorePaySchema.parse({ idempotencyKey: randomUUID(), cardNumber: "4242424242424242", cardExpiry: "12/30", cardCvc: "123" }),
    secret: SECRET,
  });
  const state = await refreshExitPass(db, { actor: buyer(shopper), orderId: sale.orderId, secret: SECRET });
  if (state.status !== "open") throw new Error("pass should be open");
  return { store, shopper, sale, token: state.token };
}

const buyer = (shopper: Awaited<ReturnType<typeof createShopper>>) => shopperActor(asSessionUser({ ...shopper, storeId: null }));

/** An associate at the exit of `store`, checked for exit:check as the action client does. */
async function exitStaff(store: { id: string; code: string }) {
  const user = await createStaff(db, { storeId: store.id, role: "associate" });
  return staffActor(db, { user, storeCode: store.code, permission: "exit:check" });
}

describe("exit pass", () => {
  it("verifies once (OK with the paid items), then refuses the replay", async () => {
    const { store, token, shopper, sale } = await paidOrder({ quantity: 2 });
    expect(await findOpenExitPass(db, { userId: shopper.id, storeId: store.id })).toMatchObject({ orderId: sale.orderId });
    const staffUser = await exitStaff(store);
    const first = await verifyExitPass(db, { token, actor: staffUser, policy: noRandom, secret: SECRET });
    expect(first.verdict).toBe("ok");
    expect(first.order?.items).toEqual([expect.objectContaining({ quantity: 2 })]);
    const again = await verifyExitPass(db, { token, actor: staffUser, policy: noRandom, secret: SECRET });
    expect(again).toMatchObject({ verdict: "refused", reason: "used" });
    expect(await findOpenExitPass(db, { userId: shopper.id, storeId: store.id })).toBeNull();
  });

  it("two devices scanning the same pass at once: one OK, one already used", async () => {
    const { store, token } = await paidOrder();
    const staffUser = await exitStaff(store);
    const results = await Promise.all([1, 2].map(() => verifyExitPass(db, { token, actor: staffUser, policy: noRandom, secret: SECRET })));
    expect(results.map((r) => r.verdict).sort()).toEqual(["ok", "refused"]);
  });

  it("refuses forged tokens: wrong key, edited fields, garbage", async () => {
    const { store, token } = await paidOrder();
    const claims = parseExitPass(token, SECRET);
    if (!claims.ok) throw new Error("token should parse");
    const wrongKey = signExitPass(claims.claims, "another-secret");
    const later = signExitPass({ ...claims.claims, expiresAt: new Date(Date.now() + 3_600_000) }, "another-secret");
    const edited = token.replace(/\.([0-9a-z]+)\.([^.]+)$/, (_m, exp, sig) => `.${(parseInt(exp, 36) + 3600).toString(36)}.${sig}`);
    for (const forged of [wrongKey, later, edited, "EP1.sea.x.y.z", "hello", "", `${token}x`]) {
      const result = await verifyExitPass(db, { token: forged, actor: await exitStaff(store), policy: noRandom, secret: SECRET });
      expect(result).toMatchObject({ verdict: "refused", reason: "forged" });
    }
    // None of that used the real pass up.
    const ok = await verifyExitPass(db, { token, actor: await exitStaff(store), policy: noRandom, secret: SECRET });
    expect(ok.verdict).toBe("ok");
  });

  it("pauses checks for a staff member who presents 20 forged passes in 10 minutes; colleagues and the real pass are unaffected", async () => {
    const { store, token } = await paidOrder();
    const guesser = await exitStaff(store);
    for (let i = 0; i < FORGED_PASS_LIMIT.limit; i++) {
      const result = await verifyExitPass(db, { token: `EP1.guess.${i}`, actor: guesser, policy: noRandom, secret: SECRET });
      expect(result).toMatchObject({ verdict: "refused", reason: "forged" });
    }
    // Paused: even a real pass is not checked (nor used up) for this user here.
    expect(await verifyExitPass(db, { token, actor: guesser, policy: noRandom, secret: SECRET })).toMatchObject({
      verdict: "refused",
      reason: "rate_limited",
    });
    const colleague = await exitStaff(store);
    expect((await verifyExitPass(db, { token, actor: colleague, policy: noRandom, secret: SECRET })).verdict).toBe("ok");
    // After the window, the paused user checks again (the pass is used by now).
    const later = new Date(Date.now() + FORGED_PASS_LIMIT.windowSeconds * 1000 + 1000);
    expect(await verifyExitPass(db, { token, actor: guesser, now: later, policy: noRandom, secret: SECRET })).toMatchObject({
      reason: expect.not.stringMatching("rate_limited"),
    });
  });

  it("can't be raced: of 30 forged passes presented at once, at most 20 are checked", async () => {
    const { store } = await paidOrder();
    const racer = await exitStaff(store);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => verifyExitPass(db, { token: `EP1.race.${i}`, actor: racer, policy: noRandom, secret: SECRET })),
    );
    expect(results.filter((r) => r.verdict === "refused" && r.reason === "forged").length).toBeLessThanOrEqual(FORGED_PASS_LIMIT.limit);
    expect(results.filter((r) => r.verdict === "refused" && r.reason === "rate_limited").length).toBeGreaterThanOrEqual(10);
  });

  it("refuses an expired token", async () => {
    const { store, token } = await paidOrder();
    const inThreeMinutes = new Date(Date.now() + 3 * 60_000);
    const result = await verifyExitPass(db, { token, actor: await exitStaff(store), now: inThreeMinutes, policy: noRandom, secret: SECRET });
    expect(result).toMatchObject({ verdict: "refused", reason: "expired" });
  });

  it("refuses another store's pass", async () => {
    const { token } = await paidOrder();
    const elsewhere = await createStore(db);
    const result = await verifyExitPass(db, { token, actor: await exitStaff(elsewhere), policy: noRandom, secret: SECRET });
    expect(result).toMatchObject({ verdict: "refused", reason: "other_store" });
  });

  it("another store learns only which store the pass is for: no shopper, no basket, and the pass stays good at home", async () => {
    const { store, shopper, token } = await paidOrder();
    const [home] = await db.select({ name: stores.name }).from(stores).where(eq(stores.id, store.id));
    const elsewhere = await createStore(db);
    const result = await verifyExitPass(db, { token, actor: await exitStaff(elsewhere), policy: noRandom, secret: SECRET });
    expect(result).toEqual({ verdict: "refused", reason: "other_store", message: `This pass is for ${home.name}.`, order: null, usedAt: undefined });
    expect(JSON.stringify(result)).not.toContain(shopper.name);
    expect((await verifyExitPass(db, { token, actor: await exitStaff(store), policy: noRandom, secret: SECRET })).verdict).toBe("ok");
  });

  it("a refresh replaces the token: the older screen is refused, the new one works", async () => {
    const { store, shopper, sale, token: old } = await paidOrder();
    const fresh = await refreshExitPass(db, { actor: buyer(shopper), orderId: sale.orderId, secret: SECRET });
    if (fresh.status !== "open") throw new Error("pass should be open");
    expect(fresh.token).not.toBe(old);
    const staffUser = await exitStaff(store);
    expect(await verifyExitPass(db, { token: old, actor: staffUser, policy: noRandom, secret: SECRET })).toMatchObject({ reason: "superseded" });
    expect((await verifyExitPass(db, { token: fresh.token, actor: staffUser, policy: noRandom, secret: SECRET })).verdict).toBe("ok");
    // After the check the phone shows the result instead of a new code.
    expect(await refreshExitPass(db, { actor: buyer(shopper), orderId: sale.orderId, secret: SECRET })).toMatchObject({
      status: "used",
      verdict: "ok",
    });
  });

  it("only the buyer can refresh the pass", async () => {
    const { sale } = await paidOrder();
    const stranger = await createShopper(db);
    await expect(refreshExitPass(db, { actor: buyer(stranger), orderId: sale.orderId, secret: SECRET })).rejects.toThrow(/couldn't find/);
  });

  it("audits by risk: first visit, high value, many items; OK otherwise", async () => {
    const policy: AuditPolicy = { highValueCents: 10_000, manyItems: 10, firstVisit: true, randomShareBps: 0 };
    const store = await createStore(db);
    const shopper = await createShopper(db);
    const staffUser = await exitStaff(store);
    const check = async (token: string) => verifyExitPass(db, { token, actor: staffUser, policy, secret: SECRET });

    const first = await paidOrder({ store, shopper });
    expect(await check(first.token)).toMatchObject({ verdict: "audit", reasons: ["first_visit"] });
    const second = await paidOrder({ store, shopper });
    expect(await check(second.token)).toMatchObject({ verdict: "ok", reasons: [] });
    const pricey = await paidOrder({ store, shopper, priceCents: 12_000 });
    expect(await check(pricey.token)).toMatchObject({ verdict: "audit", reasons: ["high_value"] });
    const many = await paidOrder({ store, shopper, priceCents: 100, quantity: 12 });
    expect(await check(many.token)).toMatchObject({ verdict: "audit", reasons: ["many_items"] });
    const [row] = await db.select().from(exitPasses).where(eq(exitPasses.orderId, many.sale.orderId));
    expect(row.verdict).toBe("audit");
  });

  it("a random share is audited when configured (stable per pass)", async () => {
    const all: AuditPolicy = { ...noRandom, randomShareBps: 10_000 };
    const { store, token } = await paidOrder();
    const result = await verifyExitPass(db, { token, actor: await exitStaff(store), policy: all, secret: SECRET });
    expect(result).toMatchObject({ verdict: "audit", reasons: ["random"] });
  });
});
