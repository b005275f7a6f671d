import type { OpeningHours } from "@/db/schema";
import type { CategorySlug, StoreSeed } from "@/db/seed/types";
import type { PromotionRule } from "@/lib/pricing/rules";
import { addDays, parseClock, zonedParts, zonedTimeToUtc } from "@/lib/time";

/** What the planners know about the rows already written: seed data plus database ids. */
export type SeedStore = StoreSeed & { id: string; associateId: string; managerId: string };

export type SeedSku = {
  id: string;
  code: string;
  productId: string;
  productSlug: string;
  productName: string;
  categoryId: string;
  categorySlug: CategorySlug;
  priceCents: number;
  velocity: number;
  /** Position of the product in its category (1-based) and how many products the category has. */
  position: number;
  categorySize: number;
  variantCount: number;
  attributes: Record<string, string>;
};

export type SeedShopper = {
  id: string;
  name: string;
  email: string;
  phone: string;
  preferredStore: string;
  card: { brand: string; last4: string };
  /** The demo sign-in: it never uses up the public coupons and never writes seed reviews. */
  isDemoAccount: boolean;
};

export type TimedRule = PromotionRule & { startsAt: Date; endsAt: Date | null; perCustomerLimit: number | null };

export type SeedPromotions = {
  automatic: TimedRule[];
  coupons: { code: string; couponId: string; rule: TimedRule; perCustomerLimit: number | null }[];
};

export const isLive = (rule: TimedRule, at: Date) => rule.startsAt <= at && (rule.endsAt === null || rule.endsAt > at);

export const stockKey = (storeId: string, skuId: string) => `${storeId}|${skuId}`;

/** One day's pickup windows on the same grid the checkout uses: from opening, every slot length. */
export function dayWindows(store: { timezone: string; openingHours: OpeningHours; pickupSlotMinutes: number }, day: ReturnType<typeof addDays>) {
  const hours = store.openingHours[String(day.weekday) as keyof OpeningHours];
  if (!hours) return [];
  const step = store.pickupSlotMinutes * 60_000;
  const open = zonedTimeToUtc({ ...day, ...parseClock(hours.open) }, store.timezone).getTime();
  const close = zonedTimeToUtc({ ...day, ...parseClock(hours.close) }, store.timezone).getTime();
  const windows: { startsAt: Date; endsAt: Date }[] = [];
  for (let start = open; start + step <= close; start += step) windows.push({ startsAt: new Date(start), endsAt: new Date(start + step) });
  return windows;
}

/** Opening and closing instants of the store on the local day `offset` days from `now`; null when closed. */
export function openingOn(store: { timezone: string; openingHours: OpeningHours }, now: Date, offset: number) {
  const day = addDays(zonedParts(now, store.timezone), offset);
  const hours = store.openingHours[String(day.weekday) as keyof OpeningHours];
  if (!hours) return null;
  return {
    day,
    open: zonedTimeToUtc({ ...day, ...parseClock(hours.open) }, store.timezone),
    close: zonedTimeToUtc({ ...day, ...parseClock(hours.close) }, store.timezone),
  };
}
