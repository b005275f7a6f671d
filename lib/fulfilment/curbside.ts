import { authorizeStaff, type SessionUser } from "@/lib/auth/service";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { curbsideAcknowledgedMessage } from "@/lib/notifications/messages";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { parseInput } from "./picking";
import { lockStoreOrder, publishOrderChange, writeAudit } from "./record";
import { orderRefSchema } from "./schemas";

/** "On my way": tells a curbside shopper who is bringing the order out (once per arrival). */
export async function acknowledgeCurbside(db: Db, { user, storeCode, orderId }: { user: SessionUser | null; storeCode: string; orderId: string }) {
  const store = await authorizeStaff(db, { user, storeCode, permission: "pickups:handover" });
  const input = parseInput(orderRefSchema, { orderId });
  return db.transaction(async (tx) => {
    const order = await lockStoreOrder(tx, { storeId: store.id, orderId: input.orderId });
    if (order.fulfilment !== "curbside" || !order.curbsideArrivedAt) throw new AppError("conflict", "The shopper hasn't said they're here yet.");
    if (order.status === "collected" || order.status === "cancelled") throw new AppError("conflict", "This order is closed.");
    await writeAudit(tx, { actorUserId: user!.id, action: "curbside.acknowledged", orderId: order.id, storeId: store.id, data: { parkingSpot: order.parkingSpot } });
    await enqueueNotification(tx, {
      kind: "curbside_acknowledged",
      userId: order.userId,
      orderId: order.id,
      email: null,
      ...curbsideAcknowledgedMessage(order, { staffName: user!.name, parkingSpot: order.parkingSpot }),
    });
    await publishOrderChange(tx, order, { status: order.status, acknowledged: true });
    return { ok: true };
  });
}
