import { addDays, zonedParts } from "@/lib/time";
import { dayWindows, openingOn, stockKey, type SeedPromotions, type SeedShopper, type SeedSku, type SeedStore } from "./context";
import {
  emptyPlan,
  finalizeNumbers,
  homeAddress,
  writeOrder,
  type Address,
  type Channel,
  type Draft,
  type Fulfilment,
  type OrderPlan,
  type Step,
} from "./order-rows";
import { createSkuPicker, drawBasket, priceSeedOrder, type BasketLine } from "./plan-basket";
import { STOCK_STORIES } from "./plan-stock";
import type { Random } from "./random";

export type { OrderPlan } from "./order-rows";

type Context = {
  now: Date;
  stores: SeedStore[];
  skus: SeedSku[];
  shoppers: SeedShopper[];
  promotions: SeedPromotions;
  /** Units on the shelf at the end of the story (see planStockTargets). */
  targets: Map<string, number>;
};

const MINUTE = 60_000;
const HISTORY_DAYS = 21;
const ORDERS_PER_DAY: Record<string, number> = { sea: 8, pdx: 7, den: 5 };
const CHANNEL_MIX: (readonly [[Channel, Fulfilment], number])[] = [
  [["web", "delivery"], 22],
  [["web", "pickup"], 30],
  [["web", "curbside"], 10],
  [["scan_and_go", null], 22],
  [["kiosk", null], 16],
];
const BASKET_SIZE: Record<string, [number, number]> = {
  delivery: [3, 8],
  pickup: [2, 6],
  curbside: [2, 5],
  scan_and_go: [1, 4],
  kiosk: [2, 6],
};
/** Today's open pickup queue per store: what the staff dashboard shows on arrival. */
const OPEN_QUEUE: Record<string, { status: "placed" | "picking" | "ready"; fulfilment: "pickup" | "curbside"; arrived?: boolean; demo?: boolean }[]> =
  {
    sea: [
      { status: "placed", fulfilment: "pickup" },
      { status: "placed", fulfilment: "curbside" },
      { status: "picking", fulfilment: "pickup" },
      { status: "ready", fulfilment: "pickup", demo: true },
      { status: "ready", fulfilment: "curbside", arrived: true },
    ],
    pdx: [
      { status: "placed", fulfilment: "pickup" },
      { status: "picking", fulfilment: "pickup" },
      { status: "picking", fulfilment: "curbside" },
      { status: "ready", fulfilment: "pickup" },
      { status: "ready", fulfilment: "curbside", arrived: true },
    ],
    den: [
      { status: "placed", fulfilment: "pickup" },
      { status: "placed", fulfilment: "pickup" },
      { status: "picking", fulfilment: "pickup" },
      { status: "ready", fulfilment: "curbside" },
    ],
  };

/** A few weeks of orders across every channel, plus today's open pickups, all consistent. */
export function planOrders(rng: Random, ctx: Context): OrderPlan {
  const plan = emptyPlan();
  const couponUses = new Set<string>();
  const pickupCodes = new Set<string>();
  const addresses = new Map<string, Address>();
  const reservedForOpen = new Map<string, number>();
  const latest = ctx.now.getTime() - 5 * MINUTE;
  let pickupCount = 0;

  for (const store of ctx.stores) {
    const pickers = { web: createSkuPicker(rng, ctx.skus, store.code, false), inStore: createSkuPicker(rng, ctx.skus, store.code, true) };
    const slotsByStart = new Map<number, OrderPlan["slots"][number]>();
    const regulars = ctx.shoppers.filter((s) => s.preferredStore === store.code && !s.isDemoAccount);
    const visitors = ctx.shoppers.filter((s) => s.preferredStore !== store.code && !s.isDemoAccount);
    const demo = ctx.shoppers.find((s) => s.isDemoAccount)!;
    const chooseShopper = () =>
      store.code === demo.preferredStore && rng.chance(0.06) ? demo : rng.chance(0.82) ? rng.pick(regulars) : rng.pick(visitors);

    /** The first slot with room starting at or after `earliest`, on the checkout's grid. */
    const bookSlot = (earliest: number, count = true) => {
      const today = zonedParts(new Date(earliest), store.timezone);
      for (let offset = 0; offset < 4; offset++) {
        for (const window of dayWindows(store, addDays(today, offset))) {
          if (window.startsAt.getTime() < earliest) continue;
          let slot = slotsByStart.get(window.startsAt.getTime());
          if (!slot) {
            slot = { id: rng.uuid(), storeId: store.id, ...window, capacity: store.pickupCapacityPerSlot, booked: 0 };
            slotsByStart.set(window.startsAt.getTime(), slot);
            plan.slots.push(slot);
          }
          if ((slot.booked ?? 0) >= slot.capacity) continue;
          if (count) slot.booked = (slot.booked ?? 0) + 1;
          return slot;
        }
      }
      return null;
    };

    const write = (draft: Draft) => writeOrder(rng, plan, store, draft, pickupCodes);

    for (let offset = -HISTORY_DAYS; offset <= -1; offset++) {
      const opening = openingOn(store, ctx.now, offset);
      if (!opening) continue;
      const span = (opening.close.getTime() - opening.open.getTime()) / MINUTE;
      const count = ORDERS_PER_DAY[store.code] + (opening.day.weekday >= 6 ? 2 : 0) + rng.int(-2, 2);
      for (let i = 0; i < count; i++) {
        const [channel, fulfilment] = rng.weighted(CHANNEL_MIX);
        const shopper = chooseShopper();
        const placedAt = opening.open.getTime() + rng.int(10, span - 45) * MINUTE;
        const [min, max] = BASKET_SIZE[fulfilment ?? channel];
        const basket = drawBasket(rng, channel === "web" ? pickers.web : pickers.inStore, rng.int(min, max));
        const coupon =
          channel === "web" && !shopper.isDemoAccount && rng.chance(0.14) ? chooseCoupon(rng, ctx.promotions, couponUses, shopper) : null;
        const priced = priceSeedOrder(basket, new Date(placedAt), ctx.promotions, coupon, store.taxRateBps, fulfilment === "delivery");
        if (priced.couponCode && coupon) couponUses.add(`${shopper.id}|${coupon.couponId}`);
        const draft: Draft = { channel, fulfilment, shopper, priced, placedAt, steps: [], status: "completed" };

        if (channel !== "web") {
          draft.steps.push({ to: "completed", at: placedAt, by: shopper.id });
        } else if (fulfilment === "delivery") {
          const pickStart = placedAt + rng.int(15, 90) * MINUTE;
          const ready = pickStart + pickMinutes(rng, basket) * MINUTE;
          const dispatched = ready + rng.int(10, 40) * MINUTE;
          const delivered = dispatched + rng.int(20, 70) * MINUTE;
          Object.assign(draft, { status: "delivered", dueAt: placedAt + 4 * 60 * MINUTE, address: homeAddress(rng, addresses, shopper, store) });
          draft.steps.push(
            { to: "placed", at: placedAt, by: shopper.id },
            { to: "picking", at: pickStart, by: store.associateId },
            { to: "ready", at: ready, by: store.associateId },
            { to: "dispatched", at: dispatched, by: store.associateId },
            { to: "delivered", at: delivered, by: null, note: "Handed to the customer at the door" },
          );
        } else {
          // About one pickup in eighteen is cancelled by the shopper before it's picked.
          const cancelled = !priced.couponCode && ++pickupCount % 18 === 7;
          const slot = bookSlot(placedAt + 60 * MINUTE + rng.int(0, 3) * store.pickupSlotMinutes * MINUTE, !cancelled);
          if (!slot) continue;
          const start = slot.startsAt.getTime();
          Object.assign(draft, { slot, dueAt: slot.endsAt.getTime() });
          draft.steps.push({ to: "placed", at: placedAt, by: shopper.id });
          if (cancelled) {
            draft.status = "cancelled";
            const at = Math.min(placedAt + rng.int(15, 300) * MINUTE, start - 5 * MINUTE);
            draft.steps.push({ to: "cancelled", at: Math.max(at, placedAt + MINUTE), by: shopper.id, note: "Cancelled by the customer" });
          } else {
            const took = pickMinutes(rng, basket) * MINUTE;
            let ready = rng.chance(0.1) ? start + rng.int(5, 20) * MINUTE : start - rng.int(5, 50) * MINUTE;
            let pickStart = ready - took;
            if (pickStart < placedAt + 5 * MINUTE) {
              pickStart = placedAt + 5 * MINUTE;
              ready = pickStart + took;
            }
            let collected = Math.max(ready, start) + rng.int(2, store.pickupSlotMinutes + 40) * MINUTE;
            draft.status = "collected";
            draft.steps.push({ to: "picking", at: pickStart, by: store.associateId }, { to: "ready", at: ready, by: store.associateId });
            if (fulfilment === "curbside") {
              const arrived = Math.max(ready + MINUTE, collected - rng.int(2, 8) * MINUTE);
              collected = Math.max(collected, arrived + 2 * MINUTE);
              Object.assign(draft, { arrivedAt: arrived, parkingSpot: rng.pick(store.curbsideSpots) });
            }
            draft.steps.push({ to: "collected", at: collected, by: store.associateId });
          }
        }
        if (Math.max(...draft.steps.map((s) => s.at)) > latest) {
          if (draft.slot && draft.status !== "cancelled") draft.slot.booked = (draft.slot.booked ?? 1) - 1;
          continue; // would end in the future: not history yet
        }
        write(draft);
      }
    }

    // Today's open pickup queue, reserving real units from the shelf.
    const upcoming: number[] = [];
    for (let offset = 0; offset < 4 && upcoming.length < 6; offset++) {
      for (const w of dayWindows(store, addDays(zonedParts(ctx.now, store.timezone), offset))) {
        if (w.endsAt.getTime() > ctx.now.getTime() && upcoming.length < 6) upcoming.push(w.startsAt.getTime());
      }
    }
    for (const spec of OPEN_QUEUE[store.code]) {
      const shopper = spec.demo ? demo : rng.pick(regulars);
      const basket = drawBasket(rng, pickers.web, rng.int(2, 5), (sku, quantity) => {
        // Leave the showcase stock levels ("only 2 left") exactly as told.
        if (STOCK_STORIES[sku.code]) return false;
        const key = stockKey(store.id, sku.id);
        const free = (ctx.targets.get(key) ?? 0) - (reservedForOpen.get(key) ?? 0);
        if (free < quantity) return false;
        reservedForOpen.set(key, (reservedForOpen.get(key) ?? 0) + quantity);
        return true;
      });
      const now = ctx.now.getTime();
      const steps: Step[] = [];
      let placedAt: number;
      if (spec.status === "placed") {
        placedAt = now - rng.int(10, 180) * MINUTE;
      } else {
        const ready = spec.status === "ready" ? now - rng.int(6, 45) * MINUTE : 0;
        const pickStart = spec.status === "ready" ? ready - pickMinutes(rng, basket) * MINUTE : now - rng.int(2, 15) * MINUTE;
        placedAt = pickStart - rng.int(30, 240) * MINUTE;
        steps.push({ to: "picking", at: pickStart, by: store.associateId });
        if (spec.status === "ready") steps.push({ to: "ready", at: ready, by: store.associateId });
      }
      steps.unshift({ to: "placed", at: placedAt, by: shopper.id });
      const preferred = spec.status === "placed" ? rng.int(1, 4) : rng.int(0, 1);
      const slot = bookSlot(upcoming[Math.min(preferred, upcoming.length - 1)] ?? now + 60 * MINUTE);
      if (!slot || basket.length === 0) continue;
      const priced = priceSeedOrder(basket, new Date(placedAt), ctx.promotions, null, store.taxRateBps, false);
      write({
        channel: "web",
        fulfilment: spec.fulfilment,
        shopper,
        priced,
        placedAt,
        steps,
        status: spec.status,
        slot,
        dueAt: slot.endsAt.getTime(),
        ...(spec.arrived ? { arrivedAt: now - rng.int(1, 4) * MINUTE, parkingSpot: rng.pick(store.curbsideSpots) } : {}),
      });
    }
  }

  finalizeNumbers(rng, plan);
  for (const r of plan.redemptions) {
    if (r.couponId) plan.couponRedemptions.set(r.couponId, (plan.couponRedemptions.get(r.couponId) ?? 0) + 1);
  }
  return plan;
}

function pickMinutes(rng: Random, basket: BasketLine[]) {
  return 3 + 2 * basket.length + rng.int(0, 8);
}

function chooseCoupon(rng: Random, promotions: SeedPromotions, used: Set<string>, shopper: SeedShopper) {
  const open = promotions.coupons.filter((c) => !used.has(`${shopper.id}|${c.couponId}`));
  return open.length ? rng.pick(open) : null;
}
