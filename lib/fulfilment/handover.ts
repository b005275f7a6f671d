import { and, asc, eq, sql } from "drizzle-orm";
import { inventory, orderLines, orders, payments, stockMovements, stores } from "@/db/schema";
import type { StaffActor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { collectedMessage } from "@/lib/notifications/messages";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { normalizePickupCode, parsePickupQr, PICKUP_CODE_LENGTH } from "@/lib/orders/pickup-code";
import { getPaymentProvider } from "@/lib/payments/test-provider";
import type { PaymentProvider } from "@/lib/payments/provider";
import { formatMoney } from "@/lib/pricing/money";
import { collectedUnits, heldReservation } from "./reservations";
import { writeAudit, writeAuditEntry } from "@/lib/orders/audit";
import { lockStoreOrder, transitionOrder } from "@/lib/orders/lifecycle";
import { refundRateLimit, takeRateLimit } from "@/lib/rate-limit/service";

const t = translator("failures");

/** Refused code attempts allowed per associate per window before further tries are blocked. */
export const CODE_ATTEMPT_LIMIT = 8;
export const CODE_ATTEMPT_WINDOW_MS = 10 * 60 * 1000;

/** At the counter ("pickups:handover"): the code as the action client parsed it (trimmed). */
type HandoverCall = { actor: StaffActor; code: string; now?: Date };

export type HandoverOrder = {
  id: string;
  number: string;
  firstName: string;
  /** "collected": a re-scan after the hand-over (answered by handOverOrder as already done). */
  status: "ready" | "partially_ready" | "collected";
  fulfilment: "pickup" | "curbside";
  parkingSpot: string | null;
  lines: { id: string; name: string; ordered: number; collecting: number; status: string; substitute: string | null }[];
  chargeCents: number;
  currency: string;
};

/** A refusal that counts towards the guessing limit: a forged, malformed or unknown code. */
class GuessRefused extends AppError {}

async function refuse(
  db: Db,
  {
    userId,
    storeId,
    reason,
    message,
    code,
  }: { userId: string; storeId: string; reason: string; message: string; code?: "conflict" | "not_found" | "invalid_input" },
): Promise<never> {
  await writeAuditEntry(db, {
    actorUserId: userId,
    action: "handover.code_refused",
    entityType: "store",
    entityId: storeId,
    storeId,
    data: { reason },
  });
  const guess = reason === "forged_qr" || reason === "malformed" || reason === "unknown_code";
  throw new (guess ? GuessRefused : AppError)(code ?? "conflict", message, { code: [message] });
}

const codeLimit = { limit: CODE_ATTEMPT_LIMIT, windowSeconds: CODE_ATTEMPT_WINDOW_MS / 1000 };

/**
 * Finds the order a scanned QR or typed code belongs to, for this store, and says plainly why
 * it can't be handed over otherwise: unknown or forged code, another store, not ready yet,
 * already collected (a reused code), cancelled, or not paid. Refusals count towards a rate limit.
 */
export async function verifyPickupCode(db: Db, call: HandoverCall): Promise<HandoverOrder> {
  const order = await findHandoverOrder(db, call);
  if (order.status === "collected") {
    // A re-scan (a double press, a second look): an answer, not a guess; it never counts.
    const message = t("fulfilment.codeReused", { number: order.number });
    throw new AppError("conflict", message, { code: [message] });
  }
  return order;
}

/**
 * The lookup behind verifyPickupCode; a collected order is returned (status "collected") for the
 * hand-over to answer idempotently. Each lookup is counted before it runs (so guesses sent at once
 * can't all slip under the limit) and given back unless the code was forged, malformed or unknown:
 * re-scans of real codes never lock a desk.
 */
async function findHandoverOrder(db: Db, call: HandoverCall): Promise<HandoverOrder> {
  const { user, store } = call.actor;
  const limitKey = `handover-code:${store.id}:${user.id}`;
  if (!(await takeRateLimit(db, limitKey, codeLimit, call.now ?? new Date())).allowed) {
    throw new AppError("rate_limited", t("fulfilment.tooManyWrongCodes", { minutes: CODE_ATTEMPT_WINDOW_MS / 60_000 }), {
      code: [t("fulfilment.tooManyWrongCodesField", { minutes: CODE_ATTEMPT_WINDOW_MS / 60_000 })],
    });
  }
  try {
    const order = await lookUpCode(db, call);
    await refundRateLimit(db, limitKey);
    return order;
  } catch (error) {
    if (!(error instanceof GuessRefused)) await refundRateLimit(db, limitKey);
    throw error;
  }
}

async function lookUpCode(db: Db, { actor, code }: HandoverCall): Promise<HandoverOrder> {
  const { user, store } = actor;
  const refusal = { userId: user.id, storeId: store.id };

  let pickupCode: string;
  let qrOrderNumber: string | null = null;
  if (code.startsWith("AISLE1.")) {
    const qr = parsePickupQr(code);
    if (!qr) return refuse(db, { ...refusal, reason: "forged_qr", message: t("fulfilment.forgedQr"), code: "invalid_input" });
    pickupCode = qr.code;
    qrOrderNumber = qr.orderNumber;
  } else {
    pickupCode = normalizePickupCode(code);
    if (!/^[A-Z0-9]+$/.test(pickupCode) || pickupCode.length !== PICKUP_CODE_LENGTH) {
      return refuse(db, {
        ...refusal,
        reason: "malformed",
        message: t("fulfilment.malformedCode", { length: PICKUP_CODE_LENGTH }),
        code: "invalid_input",
      });
    }
  }

  const [order] = await db
    .select({
      id: orders.id,
      number: orders.number,
      storeId: orders.storeId,
      storeName: stores.name,
      status: orders.status,
      fulfilment: orders.fulfilment,
      contactName: orders.contactName,
      parkingSpot: orders.parkingSpot,
      currency: orders.currency,
      updatedAt: orders.updatedAt,
    })
    .from(orders)
    .innerJoin(stores, eq(stores.id, orders.storeId))
    .where(eq(orders.pickupCode, pickupCode));
  if (!order || (qrOrderNumber && qrOrderNumber !== order.number)) {
    return refuse(db, { ...refusal, reason: "unknown_code", message: t("fulfilment.unknownCode"), code: "not_found" });
  }
  if (order.storeId !== store.id) {
    return refuse(db, { ...refusal, reason: "other_store", message: t("fulfilment.otherStore", { store: order.storeName }) });
  }
  switch (order.status) {
    case "collected":
      break;
    case "cancelled":
      return refuse(db, { ...refusal, reason: "cancelled", message: t("fulfilment.orderWasCancelled", { number: order.number }) });
    case "placed":
    case "picking":
      throw new AppError("conflict", t("fulfilment.notReady", { number: order.number, status: order.status }), {
        code: [t("fulfilment.notReadyField")],
      });
    case "ready":
    case "partially_ready":
      break;
    default:
      throw new AppError("conflict", t("fulfilment.cantHandOver", { number: order.number }));
  }
  const [payment] = await db
    .select({ status: payments.status, amountCents: payments.amountCents, capturedCents: payments.capturedCents })
    .from(payments)
    .where(eq(payments.orderId, order.id))
    .orderBy(sql`${payments.createdAt} desc`)
    .limit(1);
  const collected = order.status === "collected";
  if (!payment || payment.status !== (collected ? "captured" : "authorized")) {
    return refuse(db, { ...refusal, reason: "unpaid", message: t("fulfilment.unpaid", { number: order.number }) });
  }

  const lines = await db
    .select({
      id: orderLines.id,
      name: orderLines.productName,
      quantity: orderLines.quantity,
      skuId: orderLines.skuId,
      status: orderLines.status,
      pickedQuantity: orderLines.pickedQuantity,
      substituteSkuId: orderLines.substituteSkuId,
      substitutionStatus: orderLines.substitutionStatus,
      substitute: sql<string | null>`(select p.name from skus s join products p on p.id = s.product_id where s.id = ${orderLines.substituteSkuId})`,
    })
    .from(orderLines)
    .where(eq(orderLines.orderId, order.id))
    .orderBy(asc(orderLines.productName));
  const [totals] = await db.select({ total: orders.totalCents }).from(orders).where(eq(orders.id, order.id));
  return {
    id: order.id,
    number: order.number,
    firstName: order.contactName.trim().split(/\s+/)[0],
    status: order.status as HandoverOrder["status"],
    fulfilment: order.fulfilment as "pickup" | "curbside",
    parkingSpot: order.parkingSpot,
    lines: lines.map((line) => ({
      id: line.id,
      name: line.name,
      ordered: line.quantity,
      collecting: collectedUnits(line),
      status: line.status === "substituted" ? `substituted:${line.substitutionStatus}` : line.status,
      substitute: line.status === "substituted" ? line.substitute : null,
    })),
    chargeCents: collected ? (payment.capturedCents ?? 0) : amountToCapture(totals.total, payment.amountCents),
    currency: order.currency,
  };
}

/**
 * What is captured at handover: the order's total — kept settled as lines are picked, shorted,
 * substituted or rejected (settlement.ts) — and never more than the card authorised.
 */
export function amountToCapture(totalCents: number, authorisedCents: number) {
  return Math.min(totalCents, authorisedCents);
}

/**
 * "Hand over": verifies the code again, captures the payment (once: the processor call carries an
 * idempotency key and the database capture is conditional), takes the units out of stock (on hand
 * and reserved both go down, one ledger row each) and marks the order collected — a second press
 * finds it collected and answers the same hand-over (`alreadyCollected`) without charging again.
 */
export async function handOverOrder(
  db: Db,
  { actor, code, orderId, now = new Date(), provider = getPaymentProvider() }: HandoverCall & { orderId: string; provider?: PaymentProvider },
) {
  const { user, store } = actor;
  const verified = await findHandoverOrder(db, { actor, code, now });
  if (verified.id !== orderId) throw new AppError("conflict", t("fulfilment.differentOrder"));
  // A second press (or a re-scan) after the hand-over: the same answer, nothing charged again.
  const done = (capturedCents: number) => ({
    orderId: verified.id,
    number: verified.number,
    capturedCents,
    currency: verified.currency,
    alreadyCollected: true,
    order: { ...verified, status: "collected" as const },
  });
  if (verified.status === "collected") return done(verified.chargeCents);

  const [payment] = await db
    .select({ id: payments.id, providerRef: payments.providerRef, status: payments.status, amountCents: payments.amountCents })
    .from(payments)
    .where(eq(payments.orderId, verified.id))
    .orderBy(sql`${payments.createdAt} desc`)
    .limit(1);
  // Outside any transaction: no lock is held while the processor answers.
  const captured = await provider.capture({
    reference: payment.providerRef ?? payment.id,
    amountCents: verified.chargeCents,
    idempotencyKey: `capture:${payment.id}`,
  });
  if (!captured.ok) throw new AppError("payment_declined", t("fulfilment.captureFailed"));

  return db.transaction(async (tx) => {
    const order = await lockStoreOrder(tx, { storeId: store.id, orderId: verified.id });
    if (order.status === "collected") {
      // The other press won the lock: it captured (the same idempotency key) and wrote everything.
      const [settled] = await tx.select({ capturedCents: payments.capturedCents }).from(payments).where(eq(payments.id, payment.id));
      return done(settled?.capturedCents ?? verified.chargeCents);
    }
    if (amountToCapture(order.totalCents, payment.amountCents) !== verified.chargeCents) {
      // The order changed between the desk's check and the capture (the shopper answered a
      // substitute that very second). The card was charged what was checked; say so, for a manager.
      await writeAudit(tx, {
        actorUserId: user.id,
        action: "payment.capture_differs",
        orderId: order.id,
        storeId: order.storeId,
        data: { capturedCents: verified.chargeCents, totalCents: order.totalCents, currency: order.currency },
      });
    }
    // Take stock rows in SKU order of what is actually held (a substitute's SKU too), as checkout does.
    const lines = (await tx.select().from(orderLines).where(eq(orderLines.orderId, order.id))).sort((a, b) =>
      (heldReservation(a)?.skuId ?? a.skuId).localeCompare(heldReservation(b)?.skuId ?? b.skuId),
    );
    const [paid] = await tx
      .update(payments)
      .set({ status: "captured", capturedCents: verified.chargeCents, updatedAt: now })
      .where(and(eq(payments.id, payment.id), eq(payments.status, "authorized")))
      .returning({ id: payments.id });
    if (!paid) throw new AppError("conflict", t("fulfilment.paymentSettled"));

    for (const line of lines) {
      const held = heldReservation(line);
      if (!held || held.quantity === 0) continue;
      const updated = await tx
        .update(inventory)
        .set({ onHand: sql`${inventory.onHand} - ${held.quantity}`, reserved: sql`${inventory.reserved} - ${held.quantity}`, updatedAt: now })
        .where(and(eq(inventory.storeId, order.storeId), eq(inventory.skuId, held.skuId), sql`${inventory.reserved} >= ${held.quantity}`))
        .returning({ skuId: inventory.skuId });
      if (updated.length === 0) throw new AppError("conflict", t("fulfilment.stockMismatch", { product: line.productName }));
      await tx.insert(stockMovements).values({
        storeId: order.storeId,
        skuId: held.skuId,
        reason: "handover",
        onHandDelta: -held.quantity,
        reservedDelta: -held.quantity,
        orderId: order.id,
        actorUserId: user.id,
      });
      // A substitute the shopper hadn't answered yet is taken at the counter: that's an acceptance.
      if (line.status === "substituted" && line.substitutionStatus === "proposed") {
        await tx.update(orderLines).set({ substitutionStatus: "accepted" }).where(eq(orderLines.id, line.id));
      }
    }
    await transitionOrder(tx, {
      order,
      to: "collected",
      actorUserId: user.id,
      verb: "handOver",
      data: { capturedCents: verified.chargeCents },
      now,
    });
    await enqueueNotification(tx, {
      kind: "order_collected",
      userId: order.userId,
      orderId: order.id,
      email: order.contactEmail,
      inApp: false,
      ...collectedMessage(order, formatMoney(verified.chargeCents, order.currency)),
    });
    return {
      orderId: order.id,
      number: order.number,
      capturedCents: verified.chargeCents,
      currency: order.currency,
      alreadyCollected: false,
      order: verified,
    };
  });
}
