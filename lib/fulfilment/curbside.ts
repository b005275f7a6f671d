import type { StaffActor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { curbsideAcknowledgedMessage } from "@/lib/notifications/messages";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { writeAudit } from "@/lib/orders/audit";
import { lockStoreOrder, publishOrderChange } from "@/lib/orders/lifecycle";

const t = translator("failures");

/** "On my way": tells a curbside shopper who is bringing the order out (once per arrival). */
export async function acknowledgeCurbside(db: Db, { actor, orderId }: { actor: StaffActor; orderId: string }) {
  const { user, store } = actor;
  return db.transaction(async (tx) => {
    const order = await lockStoreOrder(tx, { storeId: store.id, orderId });
    if (order.fulfilment !== "curbside" || !order.curbsideArrivedAt) throw new AppError("conflict", t("fulfilment.notArrived"));
    if (order.status === "collected" || order.status === "cancelled") throw new AppError("conflict", t("fulfilment.orderClosed"));
    await writeAudit(tx, {
      actorUserId: user.id,
      action: "curbside.acknowledged",
      orderId: order.id,
      storeId: store.id,
      data: { parkingSpot: order.parkingSpot },
    });
    await enqueueNotification(tx, {
      kind: "curbside_acknowledged",
      userId: order.userId,
      orderId: order.id,
      email: null,
      ...curbsideAcknowledgedMessage(order, { staffName: user.name, parkingSpot: order.parkingSpot }),
    });
    await publishOrderChange(tx, order, { status: order.status, acknowledged: true });
    return { ok: true };
  });
}
