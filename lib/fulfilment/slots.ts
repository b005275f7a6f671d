import { and, eq, gte, lt, sql } from "drizzle-orm";
import { pickupSlots, stores, type OpeningHours } from "@/db/schema";
import { expireCache, expireCachePart } from "@/lib/cache/expire";
import { cacheTags } from "@/lib/cache/tags";
import type { Db } from "@/lib/db";
import type { StatementPart } from "@/lib/db/statement";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { addDays, parseClock, zonedParts, zonedTimeToUtc } from "@/lib/time";

const t = translator("failures");

/** Associates need this long to pick an order before its slot can start. */
export const PICKUP_LEAD_MINUTES = 60;
export const PICKUP_DAYS_AHEAD = 4;

export type SlotOption = { startsAt: string; endsAt: string; remaining: number };

export type SlotStore = { id: string; timezone: string; openingHours: OpeningHours; pickupSlotMinutes: number; pickupCapacityPerSlot: number };

/** The slot windows the store's hours allow from `now`, earliest first (no database). */
export function slotWindows(store: SlotStore, now: Date, days = PICKUP_DAYS_AHEAD) {
  const windows: { startsAt: Date; endsAt: Date }[] = [];
  const earliest = now.getTime() + PICKUP_LEAD_MINUTES * 60_000;
  const today = zonedParts(now, store.timezone);
  for (let offset = 0; offset < days; offset++) {
    const day = addDays(today, offset);
    const hours = store.openingHours[String(day.weekday) as keyof OpeningHours];
    if (!hours) continue;
    const open = parseClock(hours.open);
    const close = parseClock(hours.close);
    const closeAt = zonedTimeToUtc({ ...day, ...close }, store.timezone).getTime();
    let start = zonedTimeToUtc({ ...day, ...open }, store.timezone).getTime();
    const step = store.pickupSlotMinutes * 60_000;
    for (; start + step <= closeAt; start += step) {
      if (start >= earliest) windows.push({ startsAt: new Date(start), endsAt: new Date(start + step) });
    }
  }
  return windows;
}

async function loadSlotStore(db: Db, storeId: string): Promise<SlotStore> {
  const [store] = await db
    .select({
      id: stores.id,
      timezone: stores.timezone,
      openingHours: stores.openingHours,
      pickupSlotMinutes: stores.pickupSlotMinutes,
      pickupCapacityPerSlot: stores.pickupCapacityPerSlot,
    })
    .from(stores)
    .where(eq(stores.id, storeId));
  if (!store) throw new AppError("not_found", t("stores.doesNotExist"));
  return store;
}

/** Pickup slots with room left, earliest first. */
export async function listPickupSlots(db: Db, { storeId, now = new Date() }: { storeId: string; now?: Date }): Promise<SlotOption[]> {
  const store = await loadSlotStore(db, storeId);
  const windows = slotWindows(store, now);
  if (windows.length === 0) return [];
  const booked = await db
    .select({ startsAt: pickupSlots.startsAt, booked: pickupSlots.booked, capacity: pickupSlots.capacity })
    .from(pickupSlots)
    .where(
      and(
        eq(pickupSlots.storeId, storeId),
        gte(pickupSlots.startsAt, windows[0].startsAt),
        lt(pickupSlots.startsAt, windows[windows.length - 1].endsAt),
      ),
    );
  const byStart = new Map(booked.map((row) => [new Date(row.startsAt).getTime(), row]));
  return windows
    .map((w) => {
      const row = byStart.get(w.startsAt.getTime());
      const remaining = row ? row.capacity - row.booked : store.pickupCapacityPerSlot;
      return { startsAt: w.startsAt.toISOString(), endsAt: w.endsAt.toISOString(), remaining };
    })
    .filter((slot) => slot.remaining > 0);
}

/** The store's window starting at `startsAt`, or the refusal when it isn't one of its windows from `now`. */
function windowAt(store: SlotStore, startsAt: string, now: Date) {
  const window = slotWindows(store, now).find((w) => w.startsAt.getTime() === new Date(startsAt).getTime());
  if (!window) {
    throw new AppError("invalid_input", t("fulfilment.slotUnavailable"), { slot: [t("fulfilment.slotUnavailableField")] });
  }
  return window;
}

/** The refusal of a slot with no room left. */
export function slotFull() {
  return new AppError("conflict", t("fulfilment.slotFull"), { slot: [t("fulfilment.slotFullField")] });
}

/**
 * Books one place for `orderId` in the slot starting at `startsAt`, as part of a statement of
 * the order's transaction (the store already read): the slot row is created or counted up in
 * one upsert that refuses a full slot, and the order gets the slot and its due time. Only real
 * windows of the store's hours are accepted (refused here, before anything is sent). Read the
 * row back with `check`, which throws slotFull when nothing was booked. The slot's cached
 * availability expires on commit.
 */
export function bookPickupSlotPart(
  store: SlotStore,
  { startsAt, orderId, now = new Date() }: { startsAt: string; orderId: string; now?: Date },
): { part: StatementPart; check: (row: Record<string, unknown>) => void } {
  const window = windowAt(store, startsAt, now);
  const capacity = store.pickupCapacityPerSlot;
  // A new slot row starts with this booking in it (none when the store takes no pickups, so the row stays valid).
  const booking = sql`slot_booking as (
    insert into pickup_slots (store_id, starts_at, ends_at, capacity, booked)
    values (${store.id}, ${window.startsAt.toISOString()}::timestamptz, ${window.endsAt.toISOString()}::timestamptz, ${capacity}::int, least(1, ${capacity}::int))
    on conflict (store_id, starts_at) do update set booked = pickup_slots.booked + 1 where pickup_slots.booked < pickup_slots.capacity
    returning id, ends_at, booked)`;
  const order = sql`slot_order as (
    update orders set pickup_slot_id = b.id, due_at = b.ends_at from slot_booking b where orders.id = ${orderId} and b.booked > 0
    returning orders.id)`;
  const expire = expireCachePart([cacheTags.slots(store.id)], "slot_expire");
  return {
    part: { with: [booking, order], select: [sql`(select count(*)::int from slot_order) as slot_booked`, ...(expire?.select ?? [])] },
    check: (row) => {
      if (!Number(row.slot_booked)) throw slotFull();
    },
  };
}

/**
 * Books one place in the slot starting at `startsAt`, inside the order's transaction.
 * Only real windows of the store's hours are accepted; a full slot is refused.
 */
export async function bookPickupSlot(tx: Db, { storeId, startsAt, now = new Date() }: { storeId: string; startsAt: string; now?: Date }) {
  const store = await loadSlotStore(tx, storeId);
  const window = windowAt(store, startsAt, now);
  await tx
    .insert(pickupSlots)
    .values({ storeId, startsAt: window.startsAt, endsAt: window.endsAt, capacity: store.pickupCapacityPerSlot })
    .onConflictDoNothing();
  const [slot] = await tx
    .update(pickupSlots)
    .set({ booked: sql`${pickupSlots.booked} + 1` })
    .where(and(eq(pickupSlots.storeId, storeId), eq(pickupSlots.startsAt, window.startsAt), sql`${pickupSlots.booked} < ${pickupSlots.capacity}`))
    .returning({ id: pickupSlots.id, endsAt: pickupSlots.endsAt });
  if (!slot) throw slotFull();
  await expireCache(tx, [cacheTags.slots(storeId)]);
  return slot;
}
