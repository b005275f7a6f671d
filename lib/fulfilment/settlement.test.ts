import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, notifications, orderLines, orders, payments, promotions, skus } from "@/db/schema";
import { shopperActor, staffActor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/service";
import type { DatabaseHandle, Db } from "@/lib/db";
import { getOrderForShopper } from "@/lib/fulfilment/shopper-order";
import { formatMoney } from "@/lib/pricing/money";
import { createSku, placePickupOrder, stock, stockOf, storeWithStaff } from "@/lib/testing/builders";
import { recordingProvider } from "@/lib/testing/payments";
import { createTestDatabase } from "@/lib/testing/test-db";
import { handOverOrder, verifyPickupCode } from "./handover";
import { getPickList } from "./queries";
import { markReady, pickLine, startPicking } from "./picking";
import { settleLines } from "./settlement";
import { reviewSubstitution } from "./substitution";

let handle: DatabaseHandle;
let db: Db;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterAll(() => handle.close());

const row = async (orderId: string) => (await db.select().from(orders).where(eq(orders.id, orderId)))[0];
const paymentOf = async (orderId: string) => (await db.select().from(payments).where(eq(payments.orderId, orderId)))[0];

/** The actor the staff action client hands the service: `user` checked for `permission` in the store `storeCode`. */
function actor(user: SessionUser, storeCode: string, permission: Permission = "pickups:work") {
  return staffActor(db, { user, storeCode, permission });
}

/**
 * An order of 2 × $10.00 (line A) and 1 × $10.00 (line B) at a store with 10% tax — $33.00
 * authorised — picked with A substituted by a $`subPrice` product, B picked, marked ready.
 */
async function substitutedOrder(subPrice: number, { promotionBps }: { promotionBps?: number } = {}) {
  const staff = await storeWithStaff(db);
  const placed = await placePickupOrder(db, {
    storeId: staff.store.id,
    lines: [
      { quantity: 2, priceCents: 1000 },
      { quantity: 1, priceCents: 1000 },
    ],
  });
  const { sku: substitute } = await createSku(db, { priceCents: subPrice, name: "Zesty substitute" });
  await stock(db, { storeId: staff.store.id, skuId: substitute.id, onHand: 5 });
  if (promotionBps) {
    await db.insert(promotions).values({
      name: "Half price",
      kind: "percent_off",
      percentBps: promotionBps,
      scope: "sku",
      skuId: substitute.id,
      startsAt: new Date(Date.now() - 60_000),
    });
  }
  const lines = await db.select().from(orderLines).where(eq(orderLines.orderId, placed.orderId)).orderBy(asc(orderLines.quantity));
  const [lineB, lineA] = lines; // by quantity: B (1), A (2)
  const base = { actor: await actor(staff.associate, staff.store.code), orderId: placed.orderId };
  await startPicking(db, base);
  await pickLine(db, { ...base, lineId: lineA.id, outcome: "substituted", substitute: substitute.code });
  await pickLine(db, { ...base, lineId: lineB.id, outcome: "picked" });
  await markReady(db, base);
  const order = await row(placed.orderId);
  return { ...staff, ...placed, substitute, lineA, lineB, base, pickupCode: order.pickupCode! };
}

async function handOver(s: Awaited<ReturnType<typeof substitutedOrder>>) {
  const { provider } = recordingProvider();
  const captured: number[] = [];
  const spy = {
    ...provider,
    capture: async (request: Parameters<typeof provider.capture>[0]) => (captured.push(request.amountCents), provider.capture(request)),
  };
  const result = await handOverOrder(db, {
    actor: await actor(s.associate, s.store.code, "pickups:handover"),
    code: s.pickupCode,
    orderId: s.orderId,
    provider: spy,
  });
  return { result, captured };
}

/** The order page, the handover desk, the captured amount, the payment row and the receipt all agree. */
async function expectAllAgree(s: Awaited<ReturnType<typeof substitutedOrder>>, totalCents: number) {
  const order = await row(s.orderId);
  expect(order.totalCents).toBe(totalCents);
  const page = await getOrderForShopper(db, { orderId: s.orderId, userId: s.shopper.id });
  expect(page!.totalCents).toBe(totalCents);
  expect(page!.lines.reduce((n, line) => n + line.chargeCents, 0)).toBe(order.subtotalCents - order.discountCents);
  const desk = await verifyPickupCode(db, { actor: await actor(s.associate, s.store.code, "pickups:handover"), code: s.pickupCode });
  expect(desk.chargeCents).toBe(totalCents);
  const { result, captured } = await handOver(s);
  expect(captured).toEqual([totalCents]);
  expect(result.capturedCents).toBe(totalCents);
  const payment = await paymentOf(s.orderId);
  expect(payment).toMatchObject({ status: "captured", capturedCents: totalCents });
  expect(payment.capturedCents).toBeLessThanOrEqual(payment.amountCents);
  const [receipt] = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.orderId, s.orderId), eq(notifications.kind, "order_collected")));
  expect(receipt.body).toContain(`We charged ${formatMoney(totalCents)}`);
  return page!;
}

describe("substitute price: the shopper pays the lower of the two", () => {
  it("a cheaper substitute is charged at its own price: totals, tax, order page, handover capture and receipt agree", async () => {
    const s = await substitutedOrder(600);
    expect((await paymentOf(s.orderId)).amountCents).toBe(3300);
    // A: 2 × $6.00 instead of 2 × $10.00; B: $10.00. Tax 10% of $22.00.
    expect(await row(s.orderId)).toMatchObject({ subtotalCents: 2200, discountCents: 0, taxCents: 220, totalCents: 2420 });
    const proposed = await getOrderForShopper(db, { orderId: s.orderId, userId: s.shopper.id });
    expect(proposed!.lines.find((line) => line.id === s.lineA.id)).toMatchObject({
      chargeCents: 1200,
      lineTotalCents: 2000,
      substituteCharged: true,
      substituteUnitPriceCents: 600,
      substituteName: "Zesty substitute",
    });
    // The associate's pick list says the same, line by line.
    const pickList = await getPickList(db, { storeId: s.store.id, orderId: s.orderId });
    expect(pickList!.chargeCents).toBe(2420);
    expect(pickList!.lines.find((line) => line.id === s.lineA.id)).toMatchObject({
      chargeCents: 1200,
      substitute: { unitPriceCents: 600, charged: true },
    });
    await reviewSubstitution(db, { actor: shopperActor(s.shopper), orderId: s.orderId, lineId: s.lineA.id, decision: "accepted" });
    await expectAllAgree(s, 2420);
  });

  it("the substitute's price is frozen when picked: a later catalog price change moves neither the page, the pick list nor the capture", async () => {
    const s = await substitutedOrder(600);
    await db.update(skus).set({ priceCents: 300 }).where(eq(skus.id, s.substitute.id));
    const page = await getOrderForShopper(db, { orderId: s.orderId, userId: s.shopper.id });
    expect(page!.lines.find((line) => line.id === s.lineA.id)).toMatchObject({ chargeCents: 1200, substituteUnitPriceCents: 600 });
    const pickList = await getPickList(db, { storeId: s.store.id, orderId: s.orderId });
    expect(pickList!.lines.find((line) => line.id === s.lineA.id)).toMatchObject({ chargeCents: 1200, substitute: { unitPriceCents: 600 } });
    // The shopper accepts the price they were shown; the capture is that price.
    await reviewSubstitution(db, { actor: shopperActor(s.shopper), orderId: s.orderId, lineId: s.lineA.id, decision: "accepted" });
    await expectAllAgree(s, 2420);
  });

  it("a dearer substitute costs what was ordered, never more", async () => {
    const s = await substitutedOrder(1500);
    expect(await row(s.orderId)).toMatchObject({ subtotalCents: 3000, discountCents: 0, taxCents: 300, totalCents: 3300 });
    const page = await expectAllAgree(s, 3300); // not answered: taken at the counter = accepted
    expect(page.lines.find((line) => line.id === s.lineA.id)).toMatchObject({
      chargeCents: 2000,
      substituteCharged: false,
      substituteUnitPriceCents: 1500,
    });
  });

  it("the substitute's own promotion counts (priced by priceBasket): $15.00 at half price is cheaper than $10.00", async () => {
    const s = await substitutedOrder(1500, { promotionBps: 5000 });
    // A: 2 × $15.00 list, −$15.00 promotion = $15.00; B: $10.00. Tax on $25.00.
    expect(await row(s.orderId)).toMatchObject({ subtotalCents: 4000, discountCents: 1500, taxCents: 250, totalCents: 2750 });
    await expectAllAgree(s, 2750);
  });

  it("a rejected substitute leaves the charge (and its reservation goes back)", async () => {
    const s = await substitutedOrder(600);
    expect(await stockOf(db, s.store.id, s.substitute.id)).toMatchObject({ reserved: 2 });
    await reviewSubstitution(db, { actor: shopperActor(s.shopper), orderId: s.orderId, lineId: s.lineA.id, decision: "rejected" });
    expect(await row(s.orderId)).toMatchObject({ subtotalCents: 1000, discountCents: 0, taxCents: 100, totalCents: 1100 });
    expect(await stockOf(db, s.store.id, s.substitute.id)).toMatchObject({ reserved: 0 });
    const page = await expectAllAgree(s, 1100);
    expect(page.lines.find((line) => line.id === s.lineA.id)).toMatchObject({ chargeCents: 0, substitutionStatus: "rejected" });
    expect(await stockOf(db, s.store.id, s.substitute.id)).toMatchObject({ onHand: 5, reserved: 0 });
  });

  it("while picking, totals follow each change: cheaper substitute, then re-marked picked, then short", async () => {
    const staff = await storeWithStaff(db);
    const placed = await placePickupOrder(db, { storeId: staff.store.id, lines: [{ quantity: 2, priceCents: 1000 }] });
    const { sku: substitute } = await createSku(db, { priceCents: 400 });
    await stock(db, { storeId: staff.store.id, skuId: substitute.id, onHand: 5 });
    const [line] = await db.select().from(orderLines).where(eq(orderLines.orderId, placed.orderId));
    const base = { actor: await actor(staff.associate, staff.store.code), orderId: placed.orderId, lineId: line.id };
    await startPicking(db, base);
    expect((await pickLine(db, { ...base, outcome: "substituted", substitute: substitute.gtin })).totalCents).toBe(880);
    expect((await pickLine(db, { ...base, outcome: "picked" })).totalCents).toBe(2200);
    expect(await row(placed.orderId)).toMatchObject({ subtotalCents: 2000, discountCents: 0, taxCents: 200, totalCents: 2200 });
    expect((await pickLine(db, { ...base, outcome: "short", foundQuantity: 1 })).totalCents).toBe(1100);
  });
});

describe("settleLines", () => {
  const line = (over: Partial<Parameters<typeof settleLines>[0][number]>) => ({
    id: "l1",
    skuId: "s1",
    quantity: 3,
    status: "picked" as const,
    pickedQuantity: null,
    substituteSkuId: null,
    substitutionStatus: null,
    unitPriceCents: 333,
    lineTotalCents: 899, // 3 × $3.33 − $1.00 promotion
    ...over,
  });
  it("a fully picked order settles to exactly what was priced at checkout", () => {
    expect(settleLines([line({})], new Map(), { taxRateBps: 825 })).toMatchObject({
      subtotalCents: 999,
      discountCents: 100,
      taxCents: 74,
      totalCents: 973,
    });
  });
  it("a short line pays its share of the discounted line, in whole cents", () => {
    const settled = settleLines([line({ status: "short", pickedQuantity: 2 })], new Map(), { taxRateBps: 825 });
    expect(settled.lines[0]).toMatchObject({ units: 2, grossCents: 666, chargeCents: 599, discountCents: 67 });
    expect(settled).toMatchObject({ subtotalCents: 666, discountCents: 67, taxCents: 49, totalCents: 648 });
  });
  it("a substitute for fewer units is compared on those units", () => {
    const prices = new Map([["l1", { unitPriceCents: 250, grossCents: 500, lineTotalCents: 500 }]]);
    const settled = settleLines([line({ status: "substituted", pickedQuantity: 2, substituteSkuId: "s2", substitutionStatus: "accepted" })], prices, {
      taxRateBps: 0,
    });
    expect(settled.lines[0]).toMatchObject({ units: 2, chargeCents: 500, orderedChargeCents: 599, substitute: { charged: true } });
  });
});

describe("a substitute answered while the desk is capturing", () => {
  it("the card is charged what the desk checked, and the difference is flagged on the order for a manager", async () => {
    const s = await substitutedOrder(600);
    const { provider } = recordingProvider();
    let rejected = false;
    const racing = {
      ...provider,
      async capture(request: Parameters<typeof provider.capture>[0]) {
        // The shopper rejects the substitute on their phone in the very second of the capture.
        await reviewSubstitution(db, { actor: shopperActor(s.shopper), orderId: s.orderId, lineId: s.lineA.id, decision: "rejected" });
        rejected = true;
        return provider.capture(request);
      },
    };
    const result = await handOverOrder(db, {
      actor: await actor(s.associate, s.store.code, "pickups:handover"),
      code: s.pickupCode,
      orderId: s.orderId,
      provider: racing,
    });
    expect(rejected).toBe(true);
    expect(result.capturedCents).toBe(2420);
    expect(await paymentOf(s.orderId)).toMatchObject({ status: "captured", capturedCents: 2420 });
    const flags = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, s.orderId), eq(auditLog.action, "payment.capture_differs")));
    expect(flags.map((f) => f.data)).toEqual([{ capturedCents: 2420, totalCents: 1100, currency: "USD" }]);
  });

  it("no flag when nothing changed", async () => {
    const s = await substitutedOrder(600);
    await handOver(s);
    expect(
      await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, s.orderId), eq(auditLog.action, "payment.capture_differs"))),
    ).toEqual([]);
  });
});
