import { randomInt } from "node:crypto";
import { and, asc, desc, eq, gt, isNull, lte, sql } from "drizzle-orm";
import { kioskHandovers, orders, stores, users } from "@/db/schema";
import type { ShopperActor, StaffActor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { userChannel } from "@/lib/realtime/channels";
import { notify } from "@/lib/realtime/notify";
import { kioskChannel } from "./channels";
import { readKioskToken } from "./token";

const t = translator("kiosk");

/** A hand-over the shopper hasn't paid for lapses after this long. */
export const HANDOVER_TTL_MS = 20 * 60_000;
/** How long the kiosk says "Paid — thank you" before it is free again. */
export const PAID_SHOWN_MS = 45_000;

/** The matching code's alphabet: no 0/O, 1/I/L, 2/Z, 5/S, 8/B to misread at a glance. */
const MATCH_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
export const MATCH_CODE = /^[ACDEFGHJKMNPQRTUVWXY34679]{3}$/;

function newMatchCode() {
  return Array.from({ length: 3 }, () => MATCH_ALPHABET[randomInt(MATCH_ALPHABET.length)]).join("");
}

const live = (now: Date) =>
  and(isNull(kioskHandovers.endedAt), isNull(kioskHandovers.paidAt), gt(kioskHandovers.startedAt, new Date(now.getTime() - HANDOVER_TTL_MS)));

/** Why a phone's hand-over ended, as its `kiosk_handover_ended` event says. */
export type HandoverEndReason = "cancelled" | "replaced" | "expired";

/** Tells the shopper's phone (their own channel) that the kiosk no longer shows their basket. */
async function tellPhone(tx: Db, userId: string, data: { handoverId: string; kioskCode: string; reason: HandoverEndReason }) {
  await notify(tx, userChannel(userId), { type: "kiosk_handover_ended", data });
}

/**
 * The shopper's phone scanned the kiosk's QR and confirmed: that kiosk now shows their basket.
 * Each displayed QR starts one hand-over at most (its nonce is recorded), and a kiosk serving
 * someone else refuses until that hand-over is paid, cancelled on the kiosk or lapses; the same
 * shopper confirming again gets the same hand-over. One live hand-over per shopper: starting
 * one ends their others (their phone is told).
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
  if (!store) throw new AppError("not_found", t("errors.storeNotFound"));
  const nonce = readKioskToken(store.code, kioskCode, token, now, secret);
  if (!nonce) throw new AppError("invalid_input", t("errors.codeExpired"));
  const started = await db
    .transaction(async (tx) => {
      // One start at a time per kiosk (the partial unique index is the backstop).
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`kiosk:${store.id}:${kioskCode}`}))`);
      const [current] = await tx
        .select({ id: kioskHandovers.id, userId: kioskHandovers.userId, matchCode: kioskHandovers.matchCode })
        .from(kioskHandovers)
        .where(and(eq(kioskHandovers.storeId, store.id), eq(kioskHandovers.kioskCode, kioskCode), live(now)));
      if (current && current.userId === userId) return { handoverId: current.id, storeId: store.id, matchCode: current.matchCode ?? "" };
      if (current) throw new AppError("conflict", t("errors.kioskBusy"));
      const [used] = await tx.select({ id: kioskHandovers.id }).from(kioskHandovers).where(eq(kioskHandovers.tokenNonce, nonce));
      if (used) throw new AppError("conflict", t("errors.codeUsed"));

      // Lapsed hand-overs on this kiosk end now; so do this shopper's others.
      await tx
        .update(kioskHandovers)
        .set({ endedAt: now })
        .where(
          and(
            eq(kioskHandovers.storeId, store.id),
            eq(kioskHandovers.kioskCode, kioskCode),
            isNull(kioskHandovers.endedAt),
            isNull(kioskHandovers.paidAt),
          ),
        );
      const ended = await tx
        .update(kioskHandovers)
        .set({ endedAt: now })
        .where(and(isNull(kioskHandovers.endedAt), isNull(kioskHandovers.paidAt), eq(kioskHandovers.userId, userId)))
        .returning({ id: kioskHandovers.id, storeId: kioskHandovers.storeId, kioskCode: kioskHandovers.kioskCode });
      const matchCode = newMatchCode();
      const [handover] = await tx
        .insert(kioskHandovers)
        .values({ storeId: store.id, kioskCode, userId, startedAt: now, tokenNonce: nonce, matchCode })
        .returning({ id: kioskHandovers.id });
      for (const other of ended) {
        await notify(tx, kioskChannel(other.storeId, other.kioskCode), { type: "handover_ended" });
        await tellPhone(tx, userId, { handoverId: other.id, kioskCode: other.kioskCode, reason: "replaced" });
      }
      await notify(tx, kioskChannel(store.id, kioskCode), { type: "handover_started" });
      return { handoverId: handover.id, storeId: store.id, matchCode };
    })
    .catch((error: unknown) => {
      // A concurrent start on another instance won the one-live or the nonce index.
      if (isUniqueViolation(error)) throw new AppError("conflict", t("errors.kioskBusy"));
      throw error;
    });
  return started;
}

/** "Cancel" on the kiosk: its live hand-over ends, the kiosk is free and the shopper's phone is told. */
export async function endHandover(db: Db, { actor, kioskCode, now = new Date() }: { actor: StaffActor; kioskCode: string; now?: Date }) {
  const storeId = actor.store.id;
  return db.transaction(async (tx) => {
    const ended = await tx
      .update(kioskHandovers)
      .set({ endedAt: now })
      .where(
        and(
          eq(kioskHandovers.storeId, storeId),
          eq(kioskHandovers.kioskCode, kioskCode),
          isNull(kioskHandovers.endedAt),
          isNull(kioskHandovers.paidAt),
        ),
      )
      .returning({ id: kioskHandovers.id, userId: kioskHandovers.userId, startedAt: kioskHandovers.startedAt });
    for (const handover of ended) {
      if (handover.startedAt.getTime() > now.getTime() - HANDOVER_TTL_MS)
        await tellPhone(tx, handover.userId, { handoverId: handover.id, kioskCode, reason: "cancelled" });
    }
    if (ended.length) await notify(tx, kioskChannel(storeId, kioskCode), { type: "handover_ended" });
    return ended.length > 0;
  });
}

/** The shopper's live hand-over at this kiosk (the phone's pay page shows its matching code), or null. */
export async function findLiveHandover(
  db: Db,
  { userId, storeId, kioskCode, now = new Date() }: { userId: string; storeId: string; kioskCode: string; now?: Date },
) {
  const [handover] = await db
    .select({ id: kioskHandovers.id, matchCode: kioskHandovers.matchCode })
    .from(kioskHandovers)
    .where(and(eq(kioskHandovers.userId, userId), eq(kioskHandovers.storeId, storeId), eq(kioskHandovers.kioskCode, kioskCode), live(now)));
  return handover ? { id: handover.id, matchCode: handover.matchCode ?? "" } : null;
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

/**
 * Ends the hand-overs that lapsed (unpaid HANDOVER_TTL_MS after they started; `ended_at` is the
 * moment they lapsed) and tells each phone and kiosk, live. Every instance may sweep: the
 * conditional update ends each hand-over once, so each phone is told once. Also answers when
 * the next live hand-over lapses, so the sweep can run then (lib/in-store/kiosk/expiry.ts).
 */
export async function expireHandovers(db: Db, { now = new Date() }: { now?: Date } = {}) {
  return db.transaction(async (tx) => {
    const expired = await tx
      .update(kioskHandovers)
      .set({ endedAt: sql`${kioskHandovers.startedAt} + ${HANDOVER_TTL_MS} * interval '1 millisecond'` })
      .where(
        and(isNull(kioskHandovers.endedAt), isNull(kioskHandovers.paidAt), lte(kioskHandovers.startedAt, new Date(now.getTime() - HANDOVER_TTL_MS))),
      )
      .returning({ id: kioskHandovers.id, userId: kioskHandovers.userId, storeId: kioskHandovers.storeId, kioskCode: kioskHandovers.kioskCode });
    for (const handover of expired) {
      await tellPhone(tx, handover.userId, { handoverId: handover.id, kioskCode: handover.kioskCode, reason: "expired" });
      await notify(tx, kioskChannel(handover.storeId, handover.kioskCode), { type: "handover_ended" });
    }
    const [next] = await tx
      .select({ startedAt: kioskHandovers.startedAt })
      .from(kioskHandovers)
      .where(and(isNull(kioskHandovers.endedAt), isNull(kioskHandovers.paidAt)))
      .orderBy(asc(kioskHandovers.startedAt))
      .limit(1);
    return { expired, nextExpiryAt: next ? new Date(next.startedAt.getTime() + HANDOVER_TTL_MS) : null };
  });
}

/**
 * Why the shopper's latest hand-over at this kiosk is over, for the phone's pay page: "expired"
 * when it lapsed unpaid, "ended" when it was cancelled or replaced; null when there was none or it is live or paid.
 */
export async function endedHandoverReason(
  db: Db,
  { userId, storeId, kioskCode, now = new Date() }: { userId: string; storeId: string; kioskCode: string; now?: Date },
): Promise<"expired" | "ended" | null> {
  const [latest] = await db
    .select({ startedAt: kioskHandovers.startedAt, endedAt: kioskHandovers.endedAt, paidAt: kioskHandovers.paidAt })
    .from(kioskHandovers)
    .where(and(eq(kioskHandovers.userId, userId), eq(kioskHandovers.storeId, storeId), eq(kioskHandovers.kioskCode, kioskCode)))
    .orderBy(desc(kioskHandovers.startedAt))
    .limit(1);
  if (!latest || latest.paidAt) return null;
  const lapsesAt = latest.startedAt.getTime() + HANDOVER_TTL_MS;
  if (latest.endedAt) return latest.endedAt.getTime() >= lapsesAt ? "expired" : "ended";
  return lapsesAt <= now.getTime() ? "expired" : null;
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
  | { status: "basket"; userId: string; shopperName: string; matchCode: string }
  | { status: "paid"; shopperName: string; orderNumber: string; totalCents: number; currency: string };

/** What the kiosk should show now: nothing, a live basket, or a paid thank-you. */
export async function getKioskHandover(
  db: Db,
  { storeId, kioskCode, now = new Date() }: { storeId: string; kioskCode: string; now?: Date },
): Promise<KioskHandoverState> {
  const [latest] = await db
    .select({
      userId: kioskHandovers.userId,
      matchCode: kioskHandovers.matchCode,
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
  return { status: "basket", userId: latest.userId, shopperName: firstName(latest.name), matchCode: latest.matchCode ?? "" };
}

/** A PostgreSQL unique violation (23505), raw or wrapped by drizzle. */
function isUniqueViolation(error: unknown): boolean {
  for (let e = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}
