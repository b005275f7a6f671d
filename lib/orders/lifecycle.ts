import { and, eq, sql } from "drizzle-orm";
import { orderStatusHistory, orders, stores, type OrderStatus } from "@/db/schema";
import type { Db } from "@/lib/db";
import type { StatementPart } from "@/lib/db/statement";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { orderChannel, storeChannel } from "@/lib/realtime/channels";
import { notify } from "@/lib/realtime/notify";
import { isUuid } from "@/lib/validation";
import { writeAudit } from "./audit";
import { canTransition } from "./statuses";

const t = translator("failures");

export type LockedOrder = {
  id: string;
  number: string;
  storeId: string;
  storeName: string;
  userId: string | null;
  status: OrderStatus;
  fulfilment: "delivery" | "pickup" | "curbside" | null;
  contactName: string;
  contactEmail: string;
  pickupCode: string | null;
  assignedToUserId: string | null;
  parkingSpot: string | null;
  curbsideArrivedAt: Date | null;
  pickupSlotId: string | null;
  totalCents: number;
  currency: string;
};

/**
 * The store's pickup order, row-locked for the rest of the transaction. An order of another
 * store, a delivery order or a missing id are all "not found" (no hint that it exists).
 */
export async function lockStoreOrder(tx: Db, { storeId, orderId }: { storeId: string; orderId: string }): Promise<LockedOrder> {
  if (!isUuid(orderId)) throw new AppError("not_found", t("orders.notFoundInStore"));
  const [order] = await tx
    .select({
      id: orders.id,
      number: orders.number,
      storeId: orders.storeId,
      storeName: stores.name,
      userId: orders.userId,
      status: orders.status,
      fulfilment: orders.fulfilment,
      contactName: orders.contactName,
      contactEmail: orders.contactEmail,
      pickupCode: orders.pickupCode,
      assignedToUserId: orders.assignedToUserId,
      parkingSpot: orders.parkingSpot,
      curbsideArrivedAt: orders.curbsideArrivedAt,
      pickupSlotId: orders.pickupSlotId,
      totalCents: orders.totalCents,
      currency: orders.currency,
    })
    .from(orders)
    .innerJoin(stores, eq(stores.id, orders.storeId))
    .where(and(eq(orders.id, orderId), eq(orders.storeId, storeId), sql`${orders.fulfilment} in ('pickup', 'curbside')`))
    .for("update", { of: orders });
  if (!order) throw new AppError("not_found", t("orders.notFoundInStore"));
  return order;
}

/** Tells the store's dashboards and the shopper's order page that the order changed (on commit). */
export async function publishOrderChange(tx: Db, order: { id: string; storeId: string; userId?: string | null }, data: Record<string, unknown>) {
  await notify(tx, storeChannel(order.storeId), { type: "order.updated", data: { orderId: order.id, ...data } });
  await notify(tx, orderChannel(order.id), { type: "order.updated", data: { orderId: order.id, ...data } });
}

/** A new order's first history row (the sale that made it, with who and where). */
export async function recordOrderCreated(tx: Db, entry: OrderCreated) {
  await tx.insert(orderStatusHistory).values(orderCreatedRow(entry));
}

type OrderCreated = { orderId: string; status: OrderStatus; actorUserId: string | null; note?: string | null };

function orderCreatedRow(entry: OrderCreated) {
  return { orderId: entry.orderId, fromStatus: null, toStatus: entry.status, actorUserId: entry.actorUserId, note: entry.note ?? null };
}

/** recordOrderCreated as part of a larger statement (the sale's last one). */
export function orderCreatedPart(tx: Db, entry: OrderCreated): StatementPart {
  return { with: [sql`order_created as (${tx.insert(orderStatusHistory).values(orderCreatedRow(entry)).getSQL()})`] };
}

/** The acts that move an order, as failures.orders.cantTransition names them. */
export type TransitionVerb = "startPicking" | "markReady" | "handOver" | "cancel";

/**
 * Moves the order to `to` if that is allowed from its current status: conditional update,
 * status history with the actor, audit row and a realtime event — all in the caller's tx.
 */
export async function transitionOrder(
  tx: Db,
  {
    order,
    to,
    actorUserId,
    verb,
    note = null,
    set = {},
    data = {},
    now = new Date(),
  }: {
    order: LockedOrder;
    to: OrderStatus;
    actorUserId: string | null;
    /** What the caller was doing, for the refusal ("Can't start picking: …"). */
    verb: TransitionVerb;
    note?: string | null;
    set?: Partial<typeof orders.$inferInsert>;
    data?: Record<string, unknown>;
    now?: Date;
  },
) {
  if (!canTransition(order.status, to)) {
    throw new AppError("conflict", t("orders.cantTransition", { verb, from: order.status, status: order.status.replace("_", " ") }));
  }
  const updated = await tx
    .update(orders)
    .set({ ...set, status: to, updatedAt: now })
    .where(and(eq(orders.id, order.id), eq(orders.status, order.status)))
    .returning({ id: orders.id });
  if (updated.length === 0) throw new AppError("conflict", t("orders.changedMeanwhile"));
  await tx.insert(orderStatusHistory).values({ orderId: order.id, fromStatus: order.status, toStatus: to, actorUserId, note, createdAt: now });
  await writeAudit(tx, { actorUserId, action: `order.${to}`, orderId: order.id, storeId: order.storeId, data: { from: order.status, ...data } });
  await publishOrderChange(tx, order, { status: to });
  order.status = to;
}
