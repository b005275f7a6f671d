import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { kioskHandovers, orders, stores, users } from "@/db/schema";
import type { ShopperActor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { notify } from "@/lib/realtime/notify";
import { kioskChannel } from "./channels";
import { verifyKioskToken } from "./token";

/** A hand-over the shopper hasn't paid for lapses after this long. */
export const HANDOVER_TTL_MS = 20 * 60_000;
/** How long the kiosk says "Paid — thank you" before it is free again. */
export const PAID_SHOWN_MS = 45_000;

/**
 * The shopper's phone scanned the kiosk's QR: that kiosk now shows their basket. One open
 * hand-over per kiosk and per shopper: starting one ends the others.
 */
export async function startHandover(
  db: Db,
  {
    actor,
    storeCode,
    kioskCode,
    token,
    now = new Date(),
    secret,
  }: { actor: ShopperActor; storeCode: string; kioskCode: string; token: string; now?: Date; secret?: string },
) {
  const userId = actor.user.id;
  const [store] = await db.select({ id: stores.id, code: stores.code }).from(stores).where(eq(stores.code, storeCode));
  if (!store) throw new AppError("not_found", translator("kiosk")("errors.storeNotFound"));
  if (!verifyKioskToken(store.code, kioskCode, token, now, secret)) {
    throw new AppError("invalid_input", translator("kiosk")("errors.codeExpired"));
  }
  return db.transaction(async (tx) => {
    const ended = await tx
      .update(kioskHandovers)
      .set({ endedAt: now })
      .where(and(isNull(kioskHandovers.endedAt), isNull(kioskHandovers.paidAt), eq(kioskHandovers.userId, userId)))
      .returning({ storeId: kioskHandovers.storeId, kioskCode: kioskHandovers.kioskCode });
    await tx
      .update(kioskHandovers)
      .set({ endedAt: now })
      .where(and(isNull(kioskHandovers.endedAt), eq(kioskHandovers.storeId, store.id), eq(kioskHandovers.kioskCode, kioskCode)));
    const [handover] = await tx
      .insert(kioskHandovers)
      .values({ storeId: store.id, kioskCode, userId, startedAt: now })
      .returning({ id: kioskHandovers.id });
    for (const other of ended) {
      if (other.storeId !== store.id || other.kioskCode !== kioskCode)
        await notify(tx, kioskChannel(other.storeId, other.kioskCode), { type: "handover_ended" });
    }
    await notify(tx, kioskChannel(store.id, kioskCode), { type: "handover_started" });
    return { handoverId: handover.id, storeId: store.id };
  });
}

/** Kiosks currently showing this shopper's basket (to tell them it changed). */
export async function openHandoversFor(db: Db, { userId, now = new Date() }: { userId: string; now?: Date }) {
  return db
    .select({ id: kioskHandovers.id, storeId: kioskHandovers.storeId, kioskCode: kioskHandovers.kioskCode })
    .from(kioskHandovers)
    .where(
      and(
        eq(kioskHandovers.userId, userId),
        isNull(kioskHandovers.endedAt),
        isNull(kioskHandovers.paidAt),
        gt(kioskHandovers.startedAt, new Date(now.getTime() - HANDOVER_TTL_MS)),
      ),
    );
}

/** The basket on the kiosk was paid on the phone: the kiosk says thank you. */
export async function markHandoverPaid(
  db: Db,
  { userId, storeId, kioskCode, orderId, now = new Date() }: { userId: string; storeId: string; kioskCode: string; orderId: string; now?: Date },
) {
  const [paid] = await db
    .update(kioskHandovers)
    .set({ paidAt: now, orderId })
    .where(
      and(
        eq(kioskHandovers.userId, userId),
        eq(kioskHandovers.storeId, storeId),
        eq(kioskHandovers.kioskCode, kioskCode),
        isNull(kioskHandovers.endedAt),
        isNull(kioskHandovers.paidAt),
      ),
    )
    .returning({ id: kioskHandovers.id });
  if (paid) await notify(db, kioskChannel(storeId, kioskCode), { type: "handover_paid" });
  return Boolean(paid);
}

export type KioskHandoverState =
  | { status: "idle" }
  | { status: "basket"; userId: string; shopperName: string }
  | { status: "paid"; shopperName: string; orderNumber: string; totalCents: number; currency: string };

/** What the kiosk should show now: nothing, a live basket, or a paid thank-you. */
export async function getKioskHandover(
  db: Db,
  { storeId, kioskCode, now = new Date() }: { storeId: string; kioskCode: string; now?: Date },
): Promise<KioskHandoverState> {
  const [latest] = await db
    .select({
      userId: kioskHandovers.userId,
      name: users.name,
      startedAt: kioskHandovers.startedAt,
      paidAt: kioskHandovers.paidAt,
      endedAt: kioskHandovers.endedAt,
      orderNumber: orders.number,
      totalCents: orders.totalCents,
      currency: orders.currency,
    })
    .from(kioskHandovers)
    .innerJoin(users, eq(users.id, kioskHandovers.userId))
    .leftJoin(orders, eq(orders.id, kioskHandovers.orderId))
    .where(and(eq(kioskHandovers.storeId, storeId), eq(kioskHandovers.kioskCode, kioskCode)))
    .orderBy(desc(kioskHandovers.startedAt))
    .limit(1);
  const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? "there";
  if (!latest || latest.endedAt) return { status: "idle" };
  if (latest.paidAt) {
    if (now.getTime() - latest.paidAt.getTime() > PAID_SHOWN_MS || !latest.orderNumber) return { status: "idle" };
    return {
      status: "paid",
      shopperName: firstName(latest.name),
      orderNumber: latest.orderNumber,
      totalCents: latest.totalCents!,
      currency: latest.currency!,
    };
  }
  if (now.getTime() - latest.startedAt.getTime() > HANDOVER_TTL_MS) return { status: "idle" };
  return { status: "basket", userId: latest.userId, shopperName: firstName(latest.name) };
}
