import { and, eq } from "drizzle-orm";
import { orderLines, orders } from "@/db/schema";
import type { ShopperActor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { heldReservation, moveReservation } from "./reservations";
import { writeAudit } from "@/lib/orders/audit";
import { lockStoreOrder, publishOrderChange } from "@/lib/orders/lifecycle";
import { applySettlement } from "./settlement";
import type { SubstitutionReviewInput } from "./schemas";

const t = translator("failures");

/**
 * The shopper accepts or rejects a proposed substitute on their order page. Rejecting releases
 * the substitute's reservation; the store's dashboard and the page update live. Someone else's
 * order is "not found".
 */
export async function reviewSubstitution(db: Db, { actor, ...input }: { actor: ShopperActor } & SubstitutionReviewInput) {
  const userId = actor.user.id;
  return db.transaction(async (tx) => {
    const [owned] = await tx
      .select({ storeId: orders.storeId })
      .from(orders)
      .where(and(eq(orders.id, input.orderId), eq(orders.userId, userId)));
    if (!owned) throw new AppError("not_found", t("fulfilment.orderNotFound"));
    const order = await lockStoreOrder(tx, { storeId: owned.storeId, orderId: input.orderId });
    if (!["picking", "ready", "partially_ready"].includes(order.status)) throw new AppError("conflict", t("fulfilment.orderLocked"));
    const [line] = await tx
      .select()
      .from(orderLines)
      .where(and(eq(orderLines.id, input.lineId), eq(orderLines.orderId, order.id)));
    if (!line || line.status !== "substituted") throw new AppError("not_found", t("fulfilment.noSubstituteToReview"));
    if (line.substitutionStatus === input.decision) return { changed: false, decision: input.decision };
    if (line.substitutionStatus !== "proposed") throw new AppError("conflict", t("fulfilment.substitutionAnswered"));

    const next = { ...line, substitutionStatus: input.decision };
    await moveReservation(tx, {
      storeId: order.storeId,
      orderId: order.id,
      actorUserId: userId,
      from: heldReservation(line),
      to: heldReservation(next),
    });
    await tx.update(orderLines).set({ substitutionStatus: input.decision }).where(eq(orderLines.id, line.id));
    await writeAudit(tx, {
      actorUserId: userId,
      action: `substitution.${input.decision}`,
      orderId: order.id,
      storeId: order.storeId,
      data: { line: line.productName },
    });
    // Rejected: the line leaves the charge (totals, tax and the amount captured at handover).
    // The shopper answers about the price they were shown: keep it.
    await applySettlement(tx, order.id, { reprice: false });
    await publishOrderChange(tx, order, { status: order.status, lineId: line.id, substitution: input.decision });
    return { changed: true, decision: input.decision };
  });
}
