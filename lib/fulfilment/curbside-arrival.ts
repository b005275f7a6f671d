import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { orders, stores } from "@/db/schema";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { curbsideArrivedMessage } from "@/lib/notifications/messages";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { writeAudit } from "@/lib/orders/audit";
import { isOpenStatus, OPEN_STATUSES } from "@/lib/orders/statuses";
import { orderChannel, storeChannel } from "@/lib/realtime/channels";
import { notify } from "@/lib/realtime/notify";

const t = translator("failures");

export const imHereSchema = z.object({
  orderId: z.string().uuid(t("fulfilment.orderNotFound")),
  parkingSpot: z
    .string()
    .trim()
    .min(1, t("fulfilment.parkingSpotRequired"))
    .max(20, t("fulfilment.parkingSpotTooLong"))
    .regex(/^[\p{L}\p{N} #.,'/-]+$/u, t("fulfilment.parkingSpotCharacters")),
});

export type ImHereInput = z.infer<typeof imHereSchema>;

export type CurbsideArrival = { orderId: string; arrivedAt: Date; parkingSpot: string; changed: boolean };

/**
 * The shopper's "I'm here" for a curbside order: records the arrival and spot, and tells the
 * store (an in-app notification in the outbox) and the audit log — in one transaction.
 * Idempotent: repeating it with the same spot changes nothing; a new spot updates it and
 * tells the store again. Someone else's order is not found, exactly like a missing one.
 */
export async function markCurbsideArrival(
  db: Db,
  { input, userId, now = new Date() }: { input: ImHereInput; userId: string; now?: Date },
): Promise<CurbsideArrival> {
  return db.transaction(async (tx) => {
    const [order] = await tx
      .select({
        id: orders.id,
        number: orders.number,
        status: orders.status,
        fulfilment: orders.fulfilment,
        contactName: orders.contactName,
        storeId: orders.storeId,
        storeCode: stores.code,
        arrivedAt: orders.curbsideArrivedAt,
        parkingSpot: orders.parkingSpot,
      })
      .from(orders)
      .innerJoin(stores, eq(stores.id, orders.storeId))
      .where(and(eq(orders.id, input.orderId), eq(orders.userId, userId)))
      .for("update", { of: orders });
    if (!order) throw new AppError("not_found", t("fulfilment.orderNotFound"));
    if (order.fulfilment !== "curbside") throw new AppError("invalid_input", t("fulfilment.notCurbside"));
    // The shopper can announce an arrival while the order is still in the store's hands.
    if (!isOpenStatus(order.status)) {
      throw new AppError("conflict", order.status === "cancelled" ? t("fulfilment.orderCancelled") : t("fulfilment.orderCollected"));
    }
    if (order.arrivedAt && order.parkingSpot === input.parkingSpot) {
      return { orderId: order.id, arrivedAt: order.arrivedAt, parkingSpot: input.parkingSpot, changed: false };
    }

    const [updated] = await tx
      .update(orders)
      .set({
        curbsideArrivedAt: sql`coalesce(${orders.curbsideArrivedAt}, ${now.toISOString()}::timestamptz)`,
        parkingSpot: input.parkingSpot,
        updatedAt: now,
      })
      .where(and(eq(orders.id, order.id), inArray(orders.status, OPEN_STATUSES)))
      .returning({ arrivedAt: orders.curbsideArrivedAt });
    if (!updated?.arrivedAt) throw new AppError("conflict", t("fulfilment.justCollected"));

    const moved = order.arrivedAt !== null;
    await writeAudit(tx, {
      actorUserId: userId,
      action: moved ? "curbside.spot_changed" : "curbside.arrived",
      orderId: order.id,
      storeId: order.storeId,
      data: { parkingSpot: input.parkingSpot, previousSpot: order.parkingSpot },
    });
    await enqueueNotification(tx, {
      kind: "curbside_arrived",
      userId: null,
      orderId: order.id,
      email: null,
      storeCode: order.storeCode,
      ...curbsideArrivedMessage(order, { parkingSpot: input.parkingSpot, moved }),
      payload: { storeId: order.storeId, orderNumber: order.number, parkingSpot: input.parkingSpot },
    });
    const event = { type: "order.curbside", data: { orderId: order.id, parkingSpot: input.parkingSpot } };
    await notify(tx, storeChannel(order.storeId), event);
    await notify(tx, orderChannel(order.id), event);
    return { orderId: order.id, arrivedAt: updated.arrivedAt, parkingSpot: input.parkingSpot, changed: true };
  });
}
