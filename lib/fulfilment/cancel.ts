import { and, asc, eq, sql } from "drizzle-orm";
import { orderLines, payments, pickupSlots } from "@/db/schema";
import { assertStaffCan, type StaffActor } from "@/lib/auth/actor";
import { expireCachePart } from "@/lib/cache/expire";
import { cacheTags } from "@/lib/cache/tags";
import type { Db } from "@/lib/db";
import { runParts } from "@/lib/db/statement";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { releaseStockLines } from "@/lib/inventory/service";
import { cancelledMessage } from "@/lib/notifications/messages";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { getPaymentProvider } from "@/lib/payments/test-provider";
import type { PaymentProvider } from "@/lib/payments/provider";
import { releasePromotions } from "@/lib/pricing/release-promotions";
import { heldReservation } from "./reservations";
import { lockStoreOrder, transitionOrder, type LockedOrder } from "@/lib/orders/lifecycle";

const t = translator("failures");

/**
 * Cancels a pickup order: releases every unit it still holds (ledger rows), frees its pickup
 * slot, marks the payment voided and tells the shopper — one transaction — then voids the
 * authorisation with the processor (idempotent, after commit: a crash leaves a retryable void,
 * never a charged-but-cancelled order). The actor works pickups ("pickups:work"); a paid order
 * needs a manager ("orders:cancel").
 */
export async function cancelOrder(
  db: Db,
  {
    actor,
    orderId,
    reason,
    now = new Date(),
    provider = getPaymentProvider(),
  }: {
    actor: StaffActor;
    orderId: string;
    reason: string;
    now?: Date;
    provider?: PaymentProvider;
  },
) {
  const { user, store } = actor;
  const result = await db.transaction(async (tx) => {
    const order = await lockStoreOrder(tx, { storeId: store.id, orderId });
    const payment = await latestPayment(tx, order.id);
    const paid = payment && (payment.status === "authorized" || payment.status === "captured");
    if (paid) assertStaffCan(actor, "orders:cancel", t("fulfilment.managerCancelsPaid"));
    await cancelLockedOrder(tx, { order, payment, actorUserId: user.id, reason, now });
    return { order, payment };
  });
  await voidAfterCommit(provider, result.payment);
  return { orderId: result.order.id, status: "cancelled" as const };
}

type PaymentRow = { id: string; status: string; providerRef: string | null } | undefined;

/**
 * The cancellation itself, on an order the caller has locked: release held stock and the
 * coupon it redeemed, move to
 * cancelled (history, audit, event), free the slot, mark the payment voided, tell the shopper.
 * The processor void happens after commit (see voidAfterCommit).
 */
export async function cancelLockedOrder(
  tx: Db,
  { order, payment, actorUserId, reason, now }: { order: LockedOrder; payment: PaymentRow; actorUserId: string | null; reason: string; now: Date },
) {
  if (payment?.status === "captured") throw new AppError("conflict", t("fulfilment.paidAndCollected"));
  await releaseHeldStock(tx, order, actorUserId);
  // A single-use coupon on a cancelled order is free to use again.
  await releasePromotions(tx, { orderId: order.id });
  await transitionOrder(tx, { order, to: "cancelled", actorUserId, verb: "cancel", note: reason, data: { reason }, now });
  if (order.pickupSlotId) {
    const freed = tx
      .update(pickupSlots)
      .set({ booked: sql`greatest(${pickupSlots.booked} - 1, 0)` })
      .where(eq(pickupSlots.id, order.pickupSlotId));
    // The place is free again: the store's cached pickup times expire with it (one statement).
    await runParts(tx, { with: [sql`freed_slot as (${freed.getSQL()})`] }, expireCachePart([cacheTags.slots(order.storeId)]));
  }
  if (payment?.status === "authorized") {
    await tx
      .update(payments)
      .set({ status: "voided", updatedAt: now })
      .where(and(eq(payments.id, payment.id), eq(payments.status, "authorized")));
  }
  await enqueueNotification(tx, {
    kind: "order_cancelled",
    userId: order.userId,
    orderId: order.id,
    email: order.contactEmail,
    ...cancelledMessage(order, reason),
    payload: { orderNumber: order.number },
  });
}

export async function latestPayment(tx: Db, orderId: string): Promise<PaymentRow> {
  const [payment] = await tx
    .select({ id: payments.id, status: payments.status, providerRef: payments.providerRef })
    .from(payments)
    .where(eq(payments.orderId, orderId))
    .orderBy(sql`${payments.createdAt} desc`)
    .limit(1);
  return payment;
}

/** Releases the card authorisation with the processor (idempotent by key). */
export async function voidAfterCommit(provider: PaymentProvider, payment: PaymentRow) {
  if (payment?.status !== "authorized") return;
  const voided = await provider.void({ reference: payment.providerRef ?? payment.id, idempotencyKey: `void:${payment.id}` });
  if (!voided.ok) console.error(`[fulfilment] void failed for payment ${payment.id}: ${voided.code}; retry the void`);
}

export async function releaseHeldStock(tx: Db, order: LockedOrder, actorUserId: string | null) {
  const lines = await tx.select().from(orderLines).where(eq(orderLines.orderId, order.id)).orderBy(asc(orderLines.skuId));
  // What is held (a substitute's SKU included), released in one statement that locks the rows
  // in SKU order (checkout's lock order) and expires the store's cached stock.
  const held = lines.map((line) => heldReservation(line)).filter((h): h is { skuId: string; quantity: number } => Boolean(h && h.quantity > 0));
  await releaseStockLines(tx, { storeId: order.storeId, lines: held, orderId: order.id, actorUserId });
}
