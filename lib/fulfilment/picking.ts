import { and, asc, eq, or } from "drizzle-orm";
import { inventory, orderLines, products, skus } from "@/db/schema";
import type { StaffActor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { readyMessage, shortageMessage } from "@/lib/notifications/messages";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { lockInventoryRows } from "@/lib/inventory/service";
import { heldReservation, moveReservation } from "./reservations";
import { applySettlement } from "./settlement";
import { shortPickCorrection } from "./short-pick";
import { writeAudit } from "@/lib/orders/audit";
import { lockStoreOrder, publishOrderChange, transitionOrder } from "@/lib/orders/lifecycle";
import type { PickLineInput } from "./schemas";

const t = translator("failures");

/** A staff act in the actor's store ("pickups:work"); inputs arrive parsed by the action client. */
type StaffCall = { actor: StaffActor; now?: Date };

/** "Start picking": assigns the order to the associate and moves it to picking. */
export async function startPicking(db: Db, { actor, orderId, now = new Date() }: StaffCall & { orderId: string }) {
  const { user, store } = actor;
  return db.transaction(async (tx) => {
    const order = await lockStoreOrder(tx, { storeId: store.id, orderId });
    // Pressing it twice (or two associates at once) is answered plainly, not as an error.
    if (order.status === "picking") {
      if (order.assignedToUserId === user.id) return { status: order.status, changed: false };
      throw new AppError("conflict", t("fulfilment.alreadyPicking"));
    }
    await transitionOrder(tx, {
      order,
      to: "picking",
      actorUserId: user.id,
      verb: "startPicking",
      set: { assignedToUserId: user.id },
      data: { assignedTo: user.name },
      now,
    });
    return { status: order.status, changed: true };
  });
}

/**
 * Records what the associate found for one line: all of it (picked), part of it (short, with the
 * quantity found) or another SKU (substituted, for the shopper to accept or reject). The line's
 * reservation follows: short units are released; a substitute is reserved instead of the original.
 */
export async function pickLine(db: Db, { actor, ...input }: { actor: StaffActor } & PickLineInput) {
  const { user, store } = actor;
  return db.transaction(async (tx) => {
    const order = await lockStoreOrder(tx, { storeId: store.id, orderId: input.orderId });
    if (order.status !== "picking") {
      throw new AppError("conflict", order.status === "placed" ? t("fulfilment.startPickingFirst") : t("fulfilment.noLongerPicking"));
    }
    const [line] = await tx
      .select()
      .from(orderLines)
      .where(and(eq(orderLines.id, input.lineId), eq(orderLines.orderId, order.id)));
    if (!line) throw new AppError("not_found", t("fulfilment.lineNotFound"));

    let next: Pick<typeof line, "status" | "pickedQuantity" | "substituteSkuId" | "substitutionStatus">;
    let substituteName: string | null = null;
    if (input.outcome === "picked") {
      next = { status: "picked", pickedQuantity: line.quantity, substituteSkuId: null, substitutionStatus: null };
    } else if (input.outcome === "short") {
      const found = input.foundQuantity!;
      if (found >= line.quantity) {
        throw new AppError("invalid_input", t("fulfilment.shortMeansFewer", { count: line.quantity }), {
          foundQuantity: [t("fulfilment.foundRange", { max: line.quantity - 1 })],
        });
      }
      next = { status: "short", pickedQuantity: found, substituteSkuId: null, substitutionStatus: null };
    } else {
      const code = input.substitute!.toUpperCase();
      const [sub] = await tx
        .select({ id: skus.id, name: products.name, code: skus.code })
        .from(skus)
        .innerJoin(products, eq(products.id, skus.productId))
        .innerJoin(inventory, and(eq(inventory.skuId, skus.id), eq(inventory.storeId, store.id)))
        .where(or(eq(skus.code, code), eq(skus.gtin, code)));
      if (!sub) throw new AppError("invalid_input", t("fulfilment.noSuchSubstitute"), { substitute: [t("fulfilment.noSuchSubstituteField")] });
      if (sub.id === line.skuId) throw new AppError("invalid_input", t("fulfilment.sameProduct"), { substitute: [t("fulfilment.sameProductField")] });
      const quantity = input.foundQuantity && input.foundQuantity > 0 ? Math.min(input.foundQuantity, line.quantity) : line.quantity;
      next = { status: "substituted", pickedQuantity: quantity, substituteSkuId: sub.id, substitutionStatus: "proposed" };
      substituteName = sub.name;
    }

    const from = heldReservation(line);
    const to = heldReservation({ ...line, ...next });
    // Every inventory row this pick touches, locked in SKU order (as checkout does): no deadlock.
    await lockInventoryRows(tx, { storeId: store.id, skuIds: [line.skuId, from?.skuId, to?.skuId].filter((id): id is string => Boolean(id)) });
    const correction = await shortPickCorrection(tx, {
      storeId: store.id,
      orderId: order.id,
      actorUserId: user.id,
      before: line,
      after: { ...line, ...next },
    });
    const restored = await correction.restore();
    await moveReservation(tx, { storeId: store.id, orderId: order.id, actorUserId: user.id, from, to });
    const removed = await correction.remove();
    await tx.update(orderLines).set(next).where(eq(orderLines.id, line.id));
    await writeAudit(tx, {
      actorUserId: user.id,
      action: `line.${next.status}`,
      orderId: order.id,
      storeId: store.id,
      data: { line: line.productName, ordered: line.quantity, found: next.pickedQuantity, substitute: substituteName },
    });
    if (restored + removed !== 0) {
      await writeAudit(tx, {
        actorUserId: user.id,
        action: "stock.short_pick",
        orderId: order.id,
        storeId: store.id,
        data: { line: line.productName, skuCode: line.skuCode, onHandDelta: restored + removed },
      });
    }
    // What the shopper owes follows the line: short units off, a cheaper substitute at its price.
    const settlement = await applySettlement(tx, order.id);
    await publishOrderChange(tx, order, { status: order.status, lineId: line.id, lineStatus: next.status });
    return { lineId: line.id, ...next, substituteName, totalCents: settlement.totalCents };
  });
}

/**
 * "Mark ready": every line must be picked, short or substituted. Ready, or partially ready when a
 * line is short; the shopper gets the ready message with the pickup code (and, when something is
 * short or substituted, a second message saying what) — written to the outbox in the same transaction.
 */
export async function markReady(db: Db, { actor, orderId, now = new Date() }: StaffCall & { orderId: string }) {
  const { user, store } = actor;
  return db.transaction(async (tx) => {
    const order = await lockStoreOrder(tx, { storeId: store.id, orderId });
    if (order.status === "ready" || order.status === "partially_ready") return { status: order.status, changed: false };
    const lines = await tx
      .select({
        productName: orderLines.productName,
        quantity: orderLines.quantity,
        status: orderLines.status,
        pickedQuantity: orderLines.pickedQuantity,
        substituteName: products.name,
      })
      .from(orderLines)
      .leftJoin(skus, eq(skus.id, orderLines.substituteSkuId))
      .leftJoin(products, eq(products.id, skus.productId))
      .where(eq(orderLines.orderId, order.id))
      .orderBy(asc(orderLines.productName));
    const pending = lines.filter((line) => line.status === "pending").length;
    if (order.status === "picking" && pending > 0) {
      throw new AppError("conflict", t("fulfilment.linesPending", { count: pending }));
    }
    const short = lines.filter((line) => line.status === "short");
    const substituted = lines.filter((line) => line.status === "substituted");
    if (short.length === lines.length && short.every((line) => (line.pickedQuantity ?? 0) === 0)) {
      throw new AppError("conflict", t("fulfilment.nothingFound"));
    }
    const to = short.length > 0 ? "partially_ready" : "ready";
    await transitionOrder(tx, {
      order,
      to,
      actorUserId: user.id,
      verb: "markReady",
      data: { short: short.length, substituted: substituted.length },
      now,
    });

    const info = { ...order, storeName: order.storeName };
    const ready = readyMessage(info, { short: short.length, substituted: substituted.length });
    await enqueueNotification(tx, {
      kind: to === "ready" ? "order_ready" : "order_partially_ready",
      userId: order.userId,
      orderId: order.id,
      email: order.contactEmail,
      ...ready,
      payload: { orderNumber: order.number, pickupCode: order.pickupCode, status: to },
    });
    if (short.length + substituted.length > 0) {
      const message = shortageMessage(
        info,
        [...short, ...substituted].map((line) => ({
          name: line.productName,
          ordered: line.quantity,
          found: line.pickedQuantity ?? 0,
          substitute: line.status === "substituted" ? line.substituteName : null,
        })),
      );
      await enqueueNotification(tx, {
        kind: substituted.length > 0 ? "substitution_review" : "order_shortage",
        userId: order.userId,
        orderId: order.id,
        email: order.contactEmail,
        ...message,
        payload: { orderNumber: order.number, short: short.length, substituted: substituted.length },
      });
    }
    return { status: to, changed: true };
  });
}

export type { StaffCall };
