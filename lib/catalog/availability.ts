import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { inventory, stores, type OpeningHours } from "@/db/schema";
import type { Db } from "@/lib/db";
import { listPickupSlots } from "@/lib/fulfilment/slots";
import { distanceMiles } from "@/lib/stores/geo";
import { getOpeningStatus, getStoreClock, type IsoWeekday } from "@/lib/stores/hours";

/** What a product page shows about stock: sellable units here and at every other store, and the next pickup. */

export type StoreStock = {
  storeId: string;
  code: string;
  name: string;
  city: string;
  available: number;
  aisle: string | null;
  bay: string | null;
  /** Great-circle distance from the shopper's store, in miles. */
  distanceMiles: number;
  isOpen: boolean;
  statusLabel: string;
};

export type PickupToday = { when: "today" } | { when: "tomorrow" } | { when: "weekday"; weekday: IsoWeekday } | null;

export type VariantAvailability = {
  /** The shopper's store. */
  here: StoreStock;
  /** When the earliest pickup slot is: today, tomorrow or a later weekday; null if none. */
  pickup: PickupToday;
  /** Other stores, nearest first. */
  others: StoreStock[];
};

/** Units each variant of a product can sell at one store (on hand − reserved). */
export async function getAvailableBySku(db: Db, { storeId, skuIds }: { storeId: string; skuIds: string[] }) {
  if (skuIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ skuId: inventory.skuId, available: sql<number>`greatest(${inventory.onHand} - ${inventory.reserved}, 0)::int` })
    .from(inventory)
    .where(and(eq(inventory.storeId, storeId), inArray(inventory.skuId, skuIds)));
  return new Map(rows.map((row) => [row.skuId, Number(row.available)]));
}

/**
 * Stock of one variant at the shopper's store and every other store (nearest first), with the
 * shelf location and when it could be picked up here.
 */
export async function getVariantAvailability(
  db: Db,
  { skuId, storeId, now = new Date() }: { skuId: string; storeId: string; now?: Date },
): Promise<VariantAvailability> {
  const rows = await db
    .select({
      storeId: stores.id,
      code: stores.code,
      name: stores.name,
      city: stores.city,
      latitude: stores.latitude,
      longitude: stores.longitude,
      timezone: stores.timezone,
      openingHours: stores.openingHours,
      available: sql<number>`coalesce(greatest(${inventory.onHand} - ${inventory.reserved}, 0), 0)::int`,
      aisle: inventory.aisle,
      bay: inventory.bay,
    })
    .from(stores)
    .leftJoin(inventory, and(eq(inventory.storeId, stores.id), eq(inventory.skuId, skuId)))
    .orderBy(asc(stores.name));
  const origin = rows.find((row) => row.storeId === storeId);
  if (!origin) throw new Error(`Store ${storeId} not found.`);
  const toStock = (row: (typeof rows)[number]): StoreStock => {
    const status = getOpeningStatus(row.openingHours as OpeningHours, row.timezone, now);
    return {
      storeId: row.storeId,
      code: row.code,
      name: row.name,
      city: row.city,
      available: Number(row.available),
      aisle: row.aisle,
      bay: row.bay,
      distanceMiles: distanceMiles(origin, row),
      isOpen: status.isOpen,
      statusLabel: status.label,
    };
  };
  const here = toStock(origin);
  const others = rows
    .filter((row) => row.storeId !== storeId)
    .map(toStock)
    .sort((a, b) => a.distanceMiles - b.distanceMiles);

  let pickup: PickupToday = null;
  if (here.available > 0) {
    const [slot] = await listPickupSlots(db, { storeId, now });
    if (slot) pickup = pickupDay(new Date(slot.startsAt), origin.timezone, now);
  }
  return { here, pickup, others };
}

/** "today", "tomorrow" or the weekday of a pickup slot, judged on the store's calendar. */
function pickupDay(startsAt: Date, timeZone: string, now: Date): NonNullable<PickupToday> {
  const slot = getStoreClock(timeZone, startsAt);
  const today = getStoreClock(timeZone, now);
  const dayNumber = (c: { year: number; month: number; day: number }) => Date.UTC(c.year, c.month - 1, c.day) / 86_400_000;
  const days = dayNumber(slot) - dayNumber(today);
  if (days <= 0) return { when: "today" };
  if (days === 1) return { when: "tomorrow" };
  return { when: "weekday", weekday: slot.weekday };
}
