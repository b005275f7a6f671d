import "server-only";
import { and, asc, desc, eq, gte, inArray, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import {
  auditLog,
  inventory,
  orderLines,
  orderStatusHistory,
  orders,
  payments,
  pickupSlots,
  products,
  skus,
  users,
  type OrderStatus,
} from "@/db/schema";
import type { Db } from "@/lib/db";
import { isUuid } from "@/lib/validation";
import { orderItemCounts } from "@/lib/orders/queries";
import { startOfStoreDay } from "@/lib/stores/hours";
import { amountToCapture } from "./handover";
import { settleOrder } from "./settlement";
import { OPEN_STATUSES } from "@/lib/orders/statuses";

/** A card on the live queue. Dates are ISO strings: the same DTO goes through SSE to the client. */
export type QueueOrder = {
  id: string;
  number: string;
  firstName: string;
  status: OrderStatus;
  fulfilment: "pickup" | "curbside";
  itemCount: number;
  slotStartsAt: string | null;
  slotEndsAt: string | null;
  dueAt: string | null;
  placedAt: string;
  updatedAt: string;
  curbsideArrivedAt: string | null;
  parkingSpot: string | null;
  assignedTo: string | null;
};

export type PickupQueue = { orders: QueueOrder[]; generatedAt: string };

const iso = (date: Date | string | null) => (date === null ? null : new Date(date).toISOString());
export const firstNameOf = (name: string) => name.trim().split(/\s+/)[0] ?? name;

/** The store's pickup queue: every open order, plus those collected or cancelled today. */
export async function listPickupQueue(
  db: Db,
  { storeId, timezone, now = new Date() }: { storeId: string; timezone: string; now?: Date },
): Promise<PickupQueue> {
  const today = startOfStoreDay(timezone, now);
  const items = orderItemCounts(db);
  const rows = await db
    .select({
      id: orders.id,
      number: orders.number,
      contactName: orders.contactName,
      status: orders.status,
      fulfilment: orders.fulfilment,
      itemCount: sql<number>`coalesce(${items.items}, 0)`,
      slotStartsAt: pickupSlots.startsAt,
      slotEndsAt: pickupSlots.endsAt,
      dueAt: orders.dueAt,
      placedAt: orders.placedAt,
      updatedAt: orders.updatedAt,
      curbsideArrivedAt: orders.curbsideArrivedAt,
      parkingSpot: orders.parkingSpot,
      assignedTo: users.name,
    })
    .from(orders)
    .leftJoin(items, eq(items.orderId, orders.id))
    .leftJoin(pickupSlots, eq(pickupSlots.id, orders.pickupSlotId))
    .leftJoin(users, eq(users.id, orders.assignedToUserId))
    .where(
      and(
        eq(orders.storeId, storeId),
        inArray(orders.fulfilment, ["pickup", "curbside"]),
        or(inArray(orders.status, OPEN_STATUSES), and(inArray(orders.status, ["collected", "cancelled"]), gte(orders.updatedAt, today))),
      ),
    )
    .orderBy(sql`${orders.dueAt} asc nulls last`, asc(orders.placedAt))
    .limit(300);
  return {
    generatedAt: now.toISOString(),
    orders: rows.map((row) => ({
      id: row.id,
      number: row.number,
      firstName: firstNameOf(row.contactName),
      status: row.status,
      fulfilment: row.fulfilment as "pickup" | "curbside",
      itemCount: Number(row.itemCount),
      slotStartsAt: iso(row.slotStartsAt),
      slotEndsAt: iso(row.slotEndsAt),
      dueAt: iso(row.dueAt),
      placedAt: iso(row.placedAt)!,
      updatedAt: iso(row.updatedAt)!,
      curbsideArrivedAt: iso(row.curbsideArrivedAt),
      parkingSpot: row.parkingSpot,
      assignedTo: row.assignedTo ? firstNameOf(row.assignedTo) : null,
    })),
  };
}

export type PickListLine = {
  id: string;
  productName: string;
  skuCode: string;
  gtin: string;
  quantity: number;
  status: "pending" | "picked" | "short" | "substituted";
  pickedQuantity: number | null;
  aisle: string | null;
  bay: string | null;
  onHand: number | null;
  substitute: { name: string; code: string; status: string | null; unitPriceCents: number | null; charged: boolean } | null;
  unitPriceCents: number;
  /** What the shopper pays for the line as picked (settlement.ts). */
  chargeCents: number;
};

/** The pick list for one of the store's orders: lines in walking order (aisle, bay), with history. */
export async function getPickList(db: Db, { storeId, orderId }: { storeId: string; orderId: string }) {
  if (!isUuid(orderId)) return null;
  const assignee = alias(users, "assignee");
  const [order] = await db
    .select({
      id: orders.id,
      number: orders.number,
      status: orders.status,
      fulfilment: orders.fulfilment,
      contactName: orders.contactName,
      contactPhone: orders.contactPhone,
      totalCents: orders.totalCents,
      currency: orders.currency,
      placedAt: orders.placedAt,
      dueAt: orders.dueAt,
      slotStartsAt: pickupSlots.startsAt,
      slotEndsAt: pickupSlots.endsAt,
      curbsideArrivedAt: orders.curbsideArrivedAt,
      parkingSpot: orders.parkingSpot,
      assignedToUserId: orders.assignedToUserId,
      assignedTo: assignee.name,
    })
    .from(orders)
    .leftJoin(pickupSlots, eq(pickupSlots.id, orders.pickupSlotId))
    .leftJoin(assignee, eq(assignee.id, orders.assignedToUserId))
    .where(and(eq(orders.id, orderId), eq(orders.storeId, storeId), inArray(orders.fulfilment, ["pickup", "curbside"])));
  if (!order) return null;

  const subSku = alias(skus, "sub_sku");
  const subProduct = alias(products, "sub_product");
  const actor = alias(users, "actor");
  const [lineRows, history, audit, [payment]] = await Promise.all([
    db
      .select({
        id: orderLines.id,
        productName: orderLines.productName,
        skuCode: orderLines.skuCode,
        gtin: skus.gtin,
        quantity: orderLines.quantity,
        status: orderLines.status,
        pickedQuantity: orderLines.pickedQuantity,
        aisle: inventory.aisle,
        bay: inventory.bay,
        onHand: inventory.onHand,
        lineTotalCents: orderLines.lineTotalCents,
        unitPriceCents: orderLines.unitPriceCents,
        substituteSkuId: orderLines.substituteSkuId,
        substitutionStatus: orderLines.substitutionStatus,
        skuId: orderLines.skuId,
        subName: subProduct.name,
        subCode: subSku.code,
      })
      .from(orderLines)
      .innerJoin(skus, eq(skus.id, orderLines.skuId))
      .leftJoin(inventory, and(eq(inventory.skuId, orderLines.skuId), eq(inventory.storeId, storeId)))
      .leftJoin(subSku, eq(subSku.id, orderLines.substituteSkuId))
      .leftJoin(subProduct, eq(subProduct.id, subSku.productId))
      .where(eq(orderLines.orderId, order.id))
      .orderBy(sql`${inventory.aisle} asc nulls last`, sql`${inventory.bay} asc nulls last`, asc(orderLines.productName)),
    db
      .select({
        id: orderStatusHistory.id,
        from: orderStatusHistory.fromStatus,
        to: orderStatusHistory.toStatus,
        at: orderStatusHistory.createdAt,
        note: orderStatusHistory.note,
        actor: actor.name,
        actorRole: actor.role,
      })
      .from(orderStatusHistory)
      .leftJoin(actor, eq(actor.id, orderStatusHistory.actorUserId))
      .where(eq(orderStatusHistory.orderId, order.id))
      .orderBy(asc(orderStatusHistory.createdAt), asc(orderStatusHistory.id)),
    db
      .select({ id: auditLog.id, action: auditLog.action, at: auditLog.createdAt, data: auditLog.data, actor: actor.name, actorRole: actor.role })
      .from(auditLog)
      .leftJoin(actor, eq(actor.id, auditLog.actorUserId))
      .where(and(eq(auditLog.entityType, "order"), eq(auditLog.entityId, order.id)))
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(100),
    db
      .select({
        status: payments.status,
        capturedCents: payments.capturedCents,
        amountCents: payments.amountCents,
        cardBrand: payments.cardBrand,
        last4: payments.last4,
      })
      .from(payments)
      .where(eq(payments.orderId, order.id))
      .orderBy(desc(payments.createdAt))
      .limit(1),
  ]);

  const settled = new Map((await settleOrder(db, order.id)).lines.map((line) => [line.id, line]));
  const lines: PickListLine[] = lineRows.map((row) => ({
    id: row.id,
    productName: row.productName,
    skuCode: row.skuCode,
    gtin: row.gtin,
    quantity: row.quantity,
    status: row.status,
    pickedQuantity: row.pickedQuantity,
    aisle: row.aisle,
    bay: row.bay,
    onHand: row.onHand,
    unitPriceCents: row.unitPriceCents,
    substitute: row.subName
      ? {
          name: row.subName,
          code: row.subCode!,
          status: row.substitutionStatus,
          unitPriceCents: settled.get(row.id)?.substitute?.unitPriceCents ?? null,
          charged: settled.get(row.id)?.substitute?.charged ?? false,
        }
      : null,
    chargeCents: settled.get(row.id)?.chargeCents ?? row.lineTotalCents,
  }));
  // One trail: every status change (with who did it) plus line-level and curbside entries.
  const activity: ActivityEntry[] = [
    ...history.map((h) => ({
      id: `h${h.id}`,
      action: `order.${h.to}`,
      at: h.at,
      data: { from: h.from, reason: h.note },
      actor: h.actor,
      actorRole: h.actorRole,
    })),
    ...audit.filter((a) => !a.action.startsWith("order.")).map((a) => ({ ...a, id: `a${a.id}` })),
  ].sort((x, y) => new Date(y.at).getTime() - new Date(x.at).getTime() || y.id.localeCompare(x.id));
  return {
    ...order,
    firstName: firstNameOf(order.contactName),
    lines,
    history,
    audit: activity,
    payment: payment ?? null,
    chargeCents: amountToCapture(order.totalCents, payment?.amountCents ?? order.totalCents),
  };
}

export type ActivityEntry = { id: string; action: string; at: Date; data: Record<string, unknown>; actor: string | null; actorRole: string | null };

export type PickList = NonNullable<Awaited<ReturnType<typeof getPickList>>>;
