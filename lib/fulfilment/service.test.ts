import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, notifications, orderLines, orderStatusHistory, orders, payments, pickupSlots, stockMovements } from "@/db/schema";
import { shopperActor, staffActor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/service";
import type { DatabaseHandle, Db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { pickupQrPayload } from "@/lib/orders/pickup-code";
import { hubSourceFor, RealtimeHub } from "@/lib/realtime/hub";
import { storeChannel, type RealtimeMessage } from "@/lib/realtime/channels";
import { expectAppError, rejection } from "@/lib/testing/errors";
import { createTestDatabase } from "@/lib/testing/test-db";
import { cancelOrder } from "./cancel";
import { CODE_ATTEMPT_LIMIT, handOverOrder, verifyPickupCode } from "./handover";
import { markReady, pickLine, startPicking } from "./picking";
import { cancelSchema, fieldErrorsOf, pickLineSchema } from "./schemas";
import { reviewSubstitution } from "./substitution";
import { createStaff, placePickupOrder, stockOf, storeCode, storeWithStaff } from "@/lib/testing/builders";
import { recordingProvider } from "@/lib/testing/payments";

let handle: DatabaseHandle;
let db: Db;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterAll(() => handle.close());

/** The actor the staff action client hands the service: `user` checked for `permission` in the store `storeCode`. */
function actor(user: SessionUser | null, storeCode: string, permission: Permission = "pickups:work") {
  return staffActor(db, { user, storeCode, permission });
}

/** The field errors the action client answers when its schema refuses `input` (null when accepted). */
function refusedFields(schema: typeof pickLineSchema | typeof cancelSchema, input: Record<string, unknown>) {
  const parsed = schema.safeParse(input);
  return parsed.success ? null : fieldErrorsOf(parsed.error);
}

async function orderRow(orderId: string) {
  const [order] = await db.select().from(orders).where(eq(orders.id, orderId));
  return order;
}

async function linesOf(orderId: string) {
  return db.select().from(orderLines).where(eq(orderLines.orderId, orderId)).orderBy(asc(orderLines.productName));
}

async function paymentOf(orderId: string) {
  const [payment] = await db.select().from(payments).where(eq(payments.orderId, orderId));
  return payment;
}

async function setup(lines = [{ quantity: 2 }, { quantity: 1 }]) {
  const staff = await storeWithStaff(db);
  const code = staff.store.code;
  const placed = await placePickupOrder(db, { storeId: staff.store.id, lines });
  const [order] = await db.select({ pickupCode: orders.pickupCode, number: orders.number }).from(orders).where(eq(orders.id, placed.orderId));
  return { ...staff, code, ...placed, pickupCode: order.pickupCode!, number: order.number };
}

async function pickAll(s: Awaited<ReturnType<typeof setup>>, user: SessionUser = s.associate) {
  await startPicking(db, { actor: await actor(user, s.code), orderId: s.orderId });
  for (const line of await linesOf(s.orderId)) {
    await pickLine(db, { actor: await actor(user, s.code), orderId: s.orderId, lineId: line.id, outcome: "picked" });
  }
  await markReady(db, { actor: await actor(user, s.code), orderId: s.orderId });
}

describe("pick, short, ready, hand over", () => {
  it("runs the whole journey with one short line: history, audit, outbox, reservations, capture and ledger", async () => {
    const s = await setup();
    const { provider, captures } = recordingProvider();
    const [lineA, lineB] = await linesOf(s.orderId); // A: 2 units, B: 1 unit (names sort by creation)
    const skuA = lineA.skuId;
    const skuB = lineB.skuId;
    expect(await stockOf(db, s.store.id, skuA)).toMatchObject({ onHand: 10, reserved: lineA.quantity });

    expect(await startPicking(db, { actor: await actor(s.associate, s.code), orderId: s.orderId })).toEqual({ status: "picking", changed: true });
    expect((await orderRow(s.orderId)).assignedToUserId).toBe(s.associate.id);

    const shortLine = lineA.quantity === 2 ? lineA : lineB;
    const fullLine = shortLine === lineA ? lineB : lineA;
    await pickLine(db, { actor: await actor(s.associate, s.code), orderId: s.orderId, lineId: shortLine.id, outcome: "short", foundQuantity: 1 });
    await pickLine(db, { actor: await actor(s.associate, s.code), orderId: s.orderId, lineId: fullLine.id, outcome: "picked" });
    // The missing unit is released and, not being on the shelf, taken off on-hand (short_pick).
    expect(await stockOf(db, s.store.id, shortLine.skuId)).toMatchObject({ onHand: 9, reserved: 1 });

    expect(await markReady(db, { actor: await actor(s.associate, s.code), orderId: s.orderId })).toEqual({
      status: "partially_ready",
      changed: true,
    });
    const outbox = await db.select().from(notifications).where(eq(notifications.orderId, s.orderId));
    const kinds = outbox.map((n) => `${n.kind}/${n.channel}`).sort();
    expect(kinds).toEqual(
      expect.arrayContaining(["order_partially_ready/email", "order_partially_ready/in_app", "order_shortage/email", "order_shortage/in_app"]),
    );
    const ready = outbox.find((n) => n.kind === "order_partially_ready" && n.channel === "email")!;
    expect(ready.body).toContain(s.pickupCode);
    expect(ready.recipient).toBe(s.shopper.email);

    const history = await db.select().from(orderStatusHistory).where(eq(orderStatusHistory.orderId, s.orderId)).orderBy(asc(orderStatusHistory.id));
    expect(history.map((h) => [h.fromStatus, h.toStatus, h.actorUserId])).toEqual([
      [null, "placed", s.shopper.id],
      ["placed", "picking", s.associate.id],
      ["picking", "partially_ready", s.associate.id],
    ]);

    const found = await verifyPickupCode(db, {
      actor: await actor(s.associate, s.code, "pickups:handover"),
      code: s.pickupCode.toLowerCase().replace(/(.{5})/, "$1-"),
    });
    expect(found).toMatchObject({ id: s.orderId, firstName: "Jamie", status: "partially_ready" });
    const order = await orderRow(s.orderId);
    // Paying for 1 of 2 units of the short line: the order's totals were settled when it was
    // marked short (tax on what's collected, at the store's 10%), and that's the charge.
    const collectedValue = fullLine.lineTotalCents + shortLine.lineTotalCents / 2;
    expect(order).toMatchObject({ subtotalCents: collectedValue, discountCents: 0, taxCents: collectedValue / 10, totalCents: collectedValue * 1.1 });
    expect(found.chargeCents).toBe(order.totalCents);
    expect(order.totalCents).toBeLessThan((await paymentOf(s.orderId)).amountCents);

    const result = await handOverOrder(db, {
      actor: await actor(s.associate, s.code, "pickups:handover"),
      code: s.pickupCode,
      orderId: s.orderId,
      provider,
    });
    expect(result.capturedCents).toBe(found.chargeCents);
    expect((await orderRow(s.orderId)).status).toBe("collected");
    expect(await paymentOf(s.orderId)).toMatchObject({ status: "captured", capturedCents: found.chargeCents });
    expect(await stockOf(db, s.store.id, shortLine.skuId)).toEqual({ storeId: s.store.id, onHand: 8, reserved: 0 });
    expect(await stockOf(db, s.store.id, fullLine.skuId)).toEqual({ storeId: s.store.id, onHand: 10 - fullLine.quantity, reserved: 0 });
    const ledger = await db
      .select()
      .from(stockMovements)
      .where(and(eq(stockMovements.orderId, s.orderId), eq(stockMovements.reason, "handover")));
    expect(ledger).toHaveLength(2);
    expect([...captures.values()]).toEqual([1]);

    const audit = await db
      .select({ action: auditLog.action, actor: auditLog.actorUserId })
      .from(auditLog)
      .where(eq(auditLog.entityId, s.orderId))
      .orderBy(asc(auditLog.id));
    expect(audit.map((a) => a.action)).toEqual([
      "order.picking",
      "line.short",
      "stock.short_pick",
      "line.picked",
      "order.partially_ready",
      "order.collected",
    ]);
    expect(audit.every((a) => a.actor === s.associate.id)).toBe(true);
    void skuA;
    void skuB;
  });

  it("a double 'Hand over' (sequential and concurrent) captures once and writes the ledger once", async () => {
    const s = await setup([{ quantity: 1 }]);
    await pickAll(s);
    const { provider, captures } = recordingProvider();
    const call = async () =>
      handOverOrder(db, { actor: await actor(s.associate, s.code, "pickups:handover"), code: s.pickupCode, orderId: s.orderId, provider });
    // Both presses answer the one hand-over (idempotent: the second says it was already collected).
    const results = await Promise.all([call(), call()]);
    expect(results.map((r) => r.orderId)).toEqual([s.orderId, s.orderId]);
    expect(results[0].capturedCents).toBe(results[1].capturedCents);
    expect(results.filter((r) => r.alreadyCollected)).toHaveLength(1);
    // A later press too.
    expect(await call()).toMatchObject({ orderId: s.orderId, alreadyCollected: true, capturedCents: results[0].capturedCents });
    const payment = await paymentOf(s.orderId);
    expect(payment).toMatchObject({ status: "captured", capturedCents: (await orderRow(s.orderId)).totalCents });
    // One idempotency key only: the processor takes the money once, however many presses reach it.
    expect([...captures.keys()]).toEqual([`capture:${payment.id}`]);
    const ledger = await db
      .select()
      .from(stockMovements)
      .where(and(eq(stockMovements.orderId, s.orderId), eq(stockMovements.reason, "handover")));
    expect(ledger).toHaveLength(1);
    expect(await stockOf(db, s.store.id, s.skus[0].id)).toMatchObject({ onHand: 9, reserved: 0 });
  });

  it("accepts the signed QR and refuses a forged one", async () => {
    const s = await setup([{ quantity: 1 }]);
    await pickAll(s);
    const qr = pickupQrPayload(s.number, s.pickupCode);
    expect((await verifyPickupCode(db, { actor: await actor(s.associate, s.code, "pickups:handover"), code: qr })).id).toBe(s.orderId);
    const forged = qr.slice(0, -2) + (qr.endsWith("AA") ? "BB" : "AA");
    expect(
      (await expectAppError(verifyPickupCode(db, { actor: await actor(s.associate, s.code, "pickups:handover"), code: forged }), "invalid_input"))
        .message,
    ).toMatch(/isn't a valid/);
  });

  it("refuses wrong, other-store, not-ready, reused, cancelled and unpaid codes with a clear message", async () => {
    const s = await setup([{ quantity: 1 }]);
    const verify = async (code: string, user: SessionUser = s.associate, storeCode = s.code) =>
      verifyPickupCode(db, { actor: await actor(user, storeCode, "pickups:handover"), code });
    expect((await expectAppError(verify("ZZZZZZZZZZ"), "not_found")).message).toMatch(/No order matches/);
    expect((await expectAppError(verify("abc"), "invalid_input")).message).toMatch(/10 letters/);
    expect((await expectAppError(verify(s.pickupCode), "conflict")).message).toMatch(/isn't ready yet/);

    const other = await storeWithStaff(db);
    expect((await expectAppError(verify(s.pickupCode, other.associate, other.store.code), "conflict")).message).toMatch(/for pickup at Test Store/);

    await pickAll(s);
    await db.update(payments).set({ status: "declined" }).where(eq(payments.orderId, s.orderId));
    expect((await expectAppError(verify(s.pickupCode), "conflict")).message).toMatch(/isn't paid/);
    await expectAppError(
      handOverOrder(db, { actor: await actor(s.associate, s.code, "pickups:handover"), code: s.pickupCode, orderId: s.orderId }),
      "conflict",
    );
    expect((await orderRow(s.orderId)).status).toBe("ready");
    await db.update(payments).set({ status: "authorized" }).where(eq(payments.orderId, s.orderId));

    await handOverOrder(db, { actor: await actor(s.associate, s.code, "pickups:handover"), code: s.pickupCode, orderId: s.orderId });
    expect((await expectAppError(verify(s.pickupCode), "conflict")).message).toMatch(/already used/);

    const c = await setup([{ quantity: 1 }]);
    await cancelOrder(db, { actor: await actor(c.manager, c.code), orderId: c.orderId, reason: "Shopper asked" });
    expect(
      (await expectAppError(verifyPickupCode(db, { actor: await actor(c.associate, c.code, "pickups:handover"), code: c.pickupCode }), "conflict"))
        .message,
    ).toMatch(/cancelled/);
  });

  it("re-scans of a collected order (a double press) answer 'already collected' and never count towards the limit", async () => {
    const s = await setup([{ quantity: 1 }]);
    await pickAll(s);
    const desk = async () => actor(s.associate, s.code, "pickups:handover");
    await handOverOrder(db, { actor: await desk(), code: s.pickupCode, orderId: s.orderId });
    for (let i = 0; i < CODE_ATTEMPT_LIMIT + 3; i++) {
      expect((await expectAppError(verifyPickupCode(db, { actor: await desk(), code: s.pickupCode }), "conflict")).message).toMatch(/already/);
    }
    // Not limited: a wrong code is still looked up.
    await expectAppError(verifyPickupCode(db, { actor: await desk(), code: "QQQQQQQQQQ" }), "not_found");
  });

  it("can't be raced: of 12 wrong codes sent at once, at most the limit are looked up", async () => {
    const s = await setup([{ quantity: 1 }]);
    const guesser = await actor(s.associate, s.code, "pickups:handover");
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        verifyPickupCode(db, { actor: guesser, code: `RACE${String(i).padStart(6, "0")}` }).catch((error) =>
          isAppError(error) ? error.code : "other",
        ),
      ),
    );
    expect(answers.filter((a) => a === "not_found").length).toBeLessThanOrEqual(CODE_ATTEMPT_LIMIT);
    expect(answers.filter((a) => a === "rate_limited").length).toBeGreaterThanOrEqual(12 - CODE_ATTEMPT_LIMIT);
  });

  it("rate-limits refused code attempts per associate", async () => {
    const s = await setup([{ quantity: 1 }]);
    await pickAll(s);
    const other = await createStaff(db, { storeId: s.store.id, role: "associate" });
    for (let i = 0; i < CODE_ATTEMPT_LIMIT; i++)
      await expectAppError(
        verifyPickupCode(db, { actor: await actor(s.associate, s.code, "pickups:handover"), code: `WRONG${i}AAAA`.slice(0, 10) }),
        "not_found",
      );
    // Now even the right code is refused for this associate, but not for a colleague.
    await expectAppError(verifyPickupCode(db, { actor: await actor(s.associate, s.code, "pickups:handover"), code: s.pickupCode }), "rate_limited");
    expect((await verifyPickupCode(db, { actor: await actor(other, s.code, "pickups:handover"), code: s.pickupCode })).id).toBe(s.orderId);
  });
});

describe("transitions are only allowed from statuses that make sense", () => {
  it("refuses ready before picking, ready with lines pending, a second picker, and picking a collected order", async () => {
    const s = await setup();
    await expectAppError(markReady(db, { actor: await actor(s.associate, s.code), orderId: s.orderId }), "conflict");
    const [line] = await linesOf(s.orderId);
    expect(
      (
        await expectAppError(
          pickLine(db, { actor: await actor(s.associate, s.code), orderId: s.orderId, lineId: line.id, outcome: "picked" }),
          "conflict",
        )
      ).message,
    ).toMatch(/Start picking/);
    await startPicking(db, { actor: await actor(s.associate, s.code), orderId: s.orderId });
    expect(await startPicking(db, { actor: await actor(s.associate, s.code), orderId: s.orderId })).toEqual({ status: "picking", changed: false });
    await expectAppError(startPicking(db, { actor: await actor(s.manager, s.code), orderId: s.orderId }), "conflict");
    await pickLine(db, { actor: await actor(s.associate, s.code), orderId: s.orderId, lineId: line.id, outcome: "picked" });
    expect((await expectAppError(markReady(db, { actor: await actor(s.associate, s.code), orderId: s.orderId }), "conflict")).message).toMatch(
      /1 line still needs/,
    );
  });

  it("validates pick input: short needs fewer than ordered, substitutes must be stocked here and different", async () => {
    const s = await setup([{ quantity: 2 }]);
    await startPicking(db, { actor: await actor(s.associate, s.code), orderId: s.orderId });
    const [line] = await linesOf(s.orderId);
    const base = { actor: await actor(s.associate, s.code), orderId: s.orderId, lineId: line.id };
    const tooMany = await expectAppError(pickLine(db, { ...base, outcome: "short", foundQuantity: 2 }), "invalid_input");
    expect(tooMany.fieldErrors?.foundQuantity).toBeDefined();
    // A short without a count never reaches the service: the action client's schema refuses it.
    expect(refusedFields(pickLineSchema, { storeCode: s.code, orderId: s.orderId, lineId: line.id, outcome: "short" })?.foundQuantity).toBeDefined();
    expect(
      (await expectAppError(pickLine(db, { ...base, outcome: "substituted", substitute: "NOPE-1" }), "invalid_input")).fieldErrors?.substitute,
    ).toBeDefined();
    expect(
      (await expectAppError(pickLine(db, { ...base, outcome: "substituted", substitute: line.skuCode }), "invalid_input")).fieldErrors?.substitute,
    ).toBeDefined();
    expect((await linesOf(s.orderId))[0].status).toBe("pending");
  });
});

describe("substitutions", () => {
  it("moves the reservation to the substitute; the shopper's rejection releases it and they aren't charged for it", async () => {
    const s = await setup([{ quantity: 1 }, { quantity: 1 }]);
    const extra = await placePickupOrder(db, { storeId: s.store.id, lines: [{ quantity: 1 }] }); // stocks another SKU here
    const substitute = extra.skus[0];
    await startPicking(db, { actor: await actor(s.associate, s.code), orderId: s.orderId });
    const [first, second] = await linesOf(s.orderId);
    await pickLine(db, {
      actor: await actor(s.associate, s.code),
      orderId: s.orderId,
      lineId: first.id,
      outcome: "substituted",
      substitute: substitute.gtin,
    });
    await pickLine(db, { actor: await actor(s.associate, s.code), orderId: s.orderId, lineId: second.id, outcome: "picked" });
    expect(await stockOf(db, s.store.id, first.skuId)).toMatchObject({ reserved: 0 });
    expect(await stockOf(db, s.store.id, substitute.id)).toMatchObject({ reserved: 2 }); // 1 for the other order + 1 substitute
    expect(await markReady(db, { actor: await actor(s.associate, s.code), orderId: s.orderId })).toMatchObject({ status: "ready" });
    const kinds = (await db.select({ kind: notifications.kind }).from(notifications).where(eq(notifications.orderId, s.orderId))).map((n) => n.kind);
    expect(kinds).toContain("substitution_review");

    const stranger = await placePickupOrder(db, { storeId: s.store.id, lines: [{ quantity: 1 }] });
    await expectAppError(
      reviewSubstitution(db, { actor: shopperActor(stranger.shopper), orderId: s.orderId, lineId: first.id, decision: "rejected" }),
      "not_found",
    );
    expect(await reviewSubstitution(db, { actor: shopperActor(s.shopper), orderId: s.orderId, lineId: first.id, decision: "rejected" })).toEqual({
      changed: true,
      decision: "rejected",
    });
    expect(await stockOf(db, s.store.id, substitute.id)).toMatchObject({ reserved: 1 });
    await expectAppError(
      reviewSubstitution(db, { actor: shopperActor(s.shopper), orderId: s.orderId, lineId: first.id, decision: "accepted" }),
      "conflict",
    );

    const found = await verifyPickupCode(db, { actor: await actor(s.associate, s.code, "pickups:handover"), code: s.pickupCode });
    const order = await orderRow(s.orderId);
    // The rejected line left the charge: only the second line and its tax remain.
    expect(order).toMatchObject({
      subtotalCents: second.lineTotalCents,
      taxCents: second.lineTotalCents / 10,
      totalCents: second.lineTotalCents * 1.1,
    });
    expect(found.chargeCents).toBe(order.totalCents);
    await handOverOrder(db, { actor: await actor(s.associate, s.code, "pickups:handover"), code: s.pickupCode, orderId: s.orderId });
    expect(await stockOf(db, s.store.id, substitute.id)).toMatchObject({ onHand: 10, reserved: 1 });
  });
});

describe("cancel", () => {
  it("is manager-only for a paid order; releases every held unit, frees the slot, voids the payment, tells the shopper", async () => {
    const s = await setup([{ quantity: 2 }]);
    const { provider, voids } = recordingProvider();
    await startPicking(db, { actor: await actor(s.associate, s.code), orderId: s.orderId });
    const [line] = await linesOf(s.orderId);
    await pickLine(db, { actor: await actor(s.associate, s.code), orderId: s.orderId, lineId: line.id, outcome: "short", foundQuantity: 1 });
    expect(
      (await expectAppError(cancelOrder(db, { actor: await actor(s.associate, s.code), orderId: s.orderId, reason: "No stock" }), "forbidden"))
        .message,
    ).toMatch(/manager/);
    expect((await orderRow(s.orderId)).status).toBe("picking");

    const order = await orderRow(s.orderId);
    const [slotBefore] = await db.select({ booked: pickupSlots.booked }).from(pickupSlots).where(eq(pickupSlots.id, order.pickupSlotId!));
    expect(refusedFields(cancelSchema, { storeCode: s.code, orderId: s.orderId, reason: "" })?.reason).toBeDefined();
    await cancelOrder(db, { actor: await actor(s.manager, s.code), orderId: s.orderId, reason: "Item unavailable", provider });
    expect((await orderRow(s.orderId)).status).toBe("cancelled");
    // Held units go back to sale; the short pick's correction stands (that unit wasn't on the shelf).
    expect(await stockOf(db, s.store.id, line.skuId)).toMatchObject({ onHand: 9, reserved: 0 });
    const payment = await paymentOf(s.orderId);
    expect(payment.status).toBe("voided");
    expect([...voids.keys()]).toEqual([`void:${payment.id}`]);
    const [slotAfter] = await db.select({ booked: pickupSlots.booked }).from(pickupSlots).where(eq(pickupSlots.id, order.pickupSlotId!));
    expect(slotAfter.booked).toBe(slotBefore.booked - 1);
    const cancelled = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.orderId, s.orderId), eq(notifications.kind, "order_cancelled")));
    expect(cancelled.map((n) => n.channel).sort()).toEqual(["email", "in_app"]);
    await expectAppError(cancelOrder(db, { actor: await actor(s.manager, s.code), orderId: s.orderId, reason: "Again" }), "conflict");
  });
});

describe("authorization on every staff action", () => {
  it("refuses another store's associate and manager, a shopper and a signed-out caller, and changes nothing", async () => {
    const s = await setup([{ quantity: 1 }]);
    const other = await storeWithStaff(db);
    const [line] = await linesOf(s.orderId);
    const actions: [string, (user: SessionUser | null) => Promise<unknown>][] = [
      ["startPicking", async (user) => startPicking(db, { actor: await actor(user, s.code), orderId: s.orderId })],
      ["pickLine", async (user) => pickLine(db, { actor: await actor(user, s.code), orderId: s.orderId, lineId: line.id, outcome: "picked" })],
      ["markReady", async (user) => markReady(db, { actor: await actor(user, s.code), orderId: s.orderId })],
      ["verifyPickupCode", async (user) => verifyPickupCode(db, { actor: await actor(user, s.code, "pickups:handover"), code: s.pickupCode })],
      [
        "handOverOrder",
        async (user) => handOverOrder(db, { actor: await actor(user, s.code, "pickups:handover"), code: s.pickupCode, orderId: s.orderId }),
      ],
      ["cancelOrder", async (user) => cancelOrder(db, { actor: await actor(user, s.code), orderId: s.orderId, reason: "Nope nope" })],
    ];
    const auditBefore = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    for (const [name, act] of actions) {
      for (const [who, user, code] of [
        ["other store associate", other.associate, "forbidden"],
        ["other store manager", other.manager, "forbidden"],
        ["shopper", s.shopper, "forbidden"],
        ["signed out", null, "unauthorized"],
      ] as const) {
        const error = await rejection(act(user));
        expect(isAppError(error, code), `${name} by ${who}: ${String((error as Error).message)}`).toBe(true);
      }
    }
    // And from the other store's own URL, this store's order is simply not there.
    await expectAppError(startPicking(db, { actor: await actor(other.associate, other.store.code), orderId: s.orderId }), "not_found");
    await expectAppError(
      cancelOrder(db, { actor: await actor(other.manager, other.store.code), orderId: s.orderId, reason: "Not mine" }),
      "not_found",
    );

    expect((await orderRow(s.orderId)).status).toBe("placed");
    expect((await linesOf(s.orderId))[0].status).toBe("pending");
    expect((await paymentOf(s.orderId)).status).toBe("authorized");
    expect(await db.select({ n: sql<number>`count(*)::int` }).from(auditLog)).toEqual(auditBefore);
    // An admin acts for the retailer in every store.
    const admin = await createStaff(db, { storeId: null, role: "admin" });
    expect(await startPicking(db, { actor: await actor(admin, s.code), orderId: s.orderId })).toMatchObject({ status: "picking" });
  });
});

describe("live events", () => {
  it("each change reaches the store's channel after commit", async () => {
    const s = await setup([{ quantity: 1 }]);
    const hub = new RealtimeHub(hubSourceFor(handle));
    try {
      await hub.ready();
      const received: RealtimeMessage[] = [];
      const got = new Promise<void>((resolve) => {
        hub.subscribe(storeChannel(s.store.id), (message) => {
          received.push(message);
          if (received.length === 1) resolve();
        });
      });
      await startPicking(db, { actor: await actor(s.associate, s.code), orderId: s.orderId });
      await got;
      expect(received[0]).toMatchObject({ type: "order.updated", data: { orderId: s.orderId, status: "picking" } });
    } finally {
      await hub.close();
    }
  });
});

void storeCode;

describe("uncollected orders", () => {
  it("are flagged once after the store's days, then cancelled by the system a day later (stock back, payment voided)", async () => {
    const { sweepUncollectedOrders } = await import("./uncollected");
    const s = await setup([{ quantity: 1 }]);
    await pickAll(s);
    const order = await orderRow(s.orderId);
    const days = 5; // the store default
    const at = (d: number) => new Date(order.dueAt!.getTime() + d * 24 * 60 * 60 * 1000 + 60_000);
    const { provider, voids } = recordingProvider();

    await sweepUncollectedOrders(db, { now: at(days - 1), provider });
    expect((await orderRow(s.orderId)).status).toBe("ready");
    await sweepUncollectedOrders(db, { now: at(days), provider });
    await sweepUncollectedOrders(db, { now: at(days), provider });
    const flags = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, s.orderId), eq(auditLog.action, "order.uncollected_flagged")));
    expect(flags).toHaveLength(1);
    expect((await orderRow(s.orderId)).status).toBe("ready");

    await sweepUncollectedOrders(db, { now: at(days + 1), provider });
    expect((await orderRow(s.orderId)).status).toBe("cancelled");
    expect(await stockOf(db, s.store.id, s.skus[0].id)).toMatchObject({ onHand: 10, reserved: 0 });
    const payment = await paymentOf(s.orderId);
    expect(payment.status).toBe("voided");
    expect(voids.get(`void:${payment.id}`)).toBe(1); // other tests' ready orders may be swept too
    const [last] = await db
      .select()
      .from(orderStatusHistory)
      .where(eq(orderStatusHistory.orderId, s.orderId))
      .orderBy(sql`${orderStatusHistory.id} desc`)
      .limit(1);
    expect(last).toMatchObject({ toStatus: "cancelled", actorUserId: null, note: "not collected within 5 days" });
  });
});

describe("curbside acknowledgement", () => {
  it("tells an arrived curbside shopper who is coming (in-app), and is refused before they arrive or for other stores", async () => {
    const { acknowledgeCurbside } = await import("./curbside");
    const { imHereSchema, markCurbsideArrival } = await import("./curbside-arrival");
    const staff = await storeWithStaff(db);
    const placed = await placePickupOrder(db, { storeId: staff.store.id, lines: [{ quantity: 1 }], fulfilment: "curbside" });
    const call = async (user: SessionUser | null) =>
      acknowledgeCurbside(db, { actor: await actor(user, staff.store.code, "pickups:handover"), orderId: placed.orderId });
    expect((await expectAppError(call(staff.associate), "conflict")).message).toMatch(/hasn't said they're here/);
    await markCurbsideArrival(db, { input: imHereSchema.parse({ orderId: placed.orderId, parkingSpot: "4" }), userId: placed.shopper.id });
    const other = await storeWithStaff(db);
    await expectAppError(call(other.associate), "forbidden");
    await expectAppError(call(null), "unauthorized");
    await call(staff.associate);
    const [note] = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.orderId, placed.orderId), eq(notifications.kind, "curbside_acknowledged")));
    expect(note).toMatchObject({ channel: "in_app", userId: placed.shopper.id });
    expect(note.body).toContain("spot 4");
  });
});
