import { createHash } from "node:crypto";
import type {
  events,
  exitPasses,
  orderLines,
  orderStatusHistory,
  orders,
  payments,
  pickupSlots,
  promotionRedemptions,
} from "@/db/schema";
import { PICKUP_CODE_LENGTH } from "@/lib/orders/pickup-code";
import { addDays, zonedParts } from "@/lib/time";
import { dayWindows, openingOn, stockKey, type SeedPromotions, type SeedShopper, type SeedSku, type SeedStore } from "./context";
import { createSkuPicker, drawBasket, priceSeedOrder, type BasketLine, type PricedSeedOrder } from "./plan-basket";
import { STOCK_STORIES, type MovementRow } from "./plan-stock";
import type { Random } from "./random";

type Status = (typeof orders.$inferInsert)["status"];
type Channel = (typeof orders.$inferInsert)["channel"];
type Fulfilment = "delivery" | "pickup" | "curbside" | null;

export type OrderPlan = {
  slots: (typeof pickupSlots.$inferInsert & { id: string })[];
  orders: (typeof orders.$inferInsert & { id: string; placedAt: Date })[];
  lines: (typeof orderLines.$inferInsert)[];
  history: (typeof orderStatusHistory.$inferInsert & { createdAt: Date })[];
  payments: (typeof payments.$inferInsert)[];
  redemptions: (typeof promotionRedemptions.$inferInsert)[];
  exitPasses: (typeof exitPasses.$inferInsert)[];
  events: (typeof events.$inferInsert)[];
  movements: MovementRow[];
  /** Coupon id → how many orders redeemed it. */
  couponRedemptions: Map<string, number>;
  /** `userId|productId` → when that shopper first bought the product (for verified reviews). */
  purchases: Map<string, Date>;
};

type Context = {
  now: Date;
  stores: SeedStore[];
  skus: SeedSku[];
  shoppers: SeedShopper[];
  promotions: SeedPromotions;
  /** Units on the shelf at the end of the story (see planStockTargets). */
  targets: Map<string, number>;
};

// Same alphabet as lib/orders/pickup-code: no 0/O, 1/I/L.
const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
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
const OPEN_QUEUE: Record<string, { status: "placed" | "picking" | "ready"; fulfilment: "pickup" | "curbside"; arrived?: boolean; demo?: boolean }[]> = {
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
  const plan: OrderPlan = {
    slots: [],
    orders: [],
    lines: [],
    history: [],
    payments: [],
    redemptions: [],
    exitPasses: [],
    events: [],
    movements: [],
    couponRedemptions: new Map(),
    purchases: new Map(),
  };
  const couponUses = new Set<string>();
  const pickupCodes = new Set<string>();
  const addresses = new Map<string, ReturnType<typeof address>>();
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
        const coupon = channel === "web" && !shopper.isDemoAccount && rng.chance(0.14) ? chooseCoupon(rng, ctx.promotions, couponUses, shopper) : null;
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
            draft.steps.push(
              { to: "picking", at: pickStart, by: store.associateId },
              { to: "ready", at: ready, by: store.associateId },
            );
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

type Step = { to: Status; at: number; by: string | null; note?: string };
type Draft = {
  channel: Channel;
  fulfilment: Fulfilment;
  shopper: SeedShopper;
  priced: PricedSeedOrder;
  placedAt: number;
  status: Status;
  steps: Step[];
  slot?: OrderPlan["slots"][number];
  dueAt?: number;
  address?: ReturnType<typeof address>;
  arrivedAt?: number;
  parkingSpot?: string;
};

function pickMinutes(rng: Random, basket: BasketLine[]) {
  return 3 + 2 * basket.length + rng.int(0, 8);
}

function chooseCoupon(rng: Random, promotions: SeedPromotions, used: Set<string>, shopper: SeedShopper) {
  const open = promotions.coupons.filter((c) => !used.has(`${shopper.id}|${c.couponId}`));
  return open.length ? rng.pick(open) : null;
}

function address(rng: Random, shopper: SeedShopper, store: SeedStore) {
  return {
    name: shopper.name,
    line1: `${rng.int(101, 2899)} ${rng.pick(store.deliveryArea.streets)}`,
    ...(rng.chance(0.45) ? { line2: `Apt ${rng.int(1, 6)}${"ABCDEF"[rng.int(0, 5)]}` } : {}),
    city: store.city,
    region: store.region,
    postalCode: rng.pick(store.deliveryArea.postalCodes),
    country: "US",
  };
}

function homeAddress(rng: Random, cache: Map<string, ReturnType<typeof address>>, shopper: SeedShopper, store: SeedStore) {
  const key = `${shopper.id}|${store.id}`;
  if (!cache.has(key)) cache.set(key, address(rng, shopper, store));
  return cache.get(key)!;
}

function writeOrder(rng: Random, plan: OrderPlan, store: SeedStore, d: Draft, pickupCodes: Set<string>) {
  const id = rng.uuid();
  const at = (ms: number) => new Date(ms);
  const lastStep = d.steps[d.steps.length - 1];
  const isPickup = d.fulfilment === "pickup" || d.fulfilment === "curbside";
  let pickupCode: string | null = null;
  while (isPickup && (!pickupCode || pickupCodes.has(pickupCode))) pickupCode = rng.string(CODE_ALPHABET, PICKUP_CODE_LENGTH);
  if (pickupCode) pickupCodes.add(pickupCode);
  const staffTouched = d.steps.some((s) => s.by === store.associateId);

  plan.orders.push({
    id,
    number: "", // assigned in chronological order once every store is planned
    userId: d.shopper.id,
    storeId: store.id,
    channel: d.channel,
    fulfilment: d.fulfilment,
    status: d.status,
    subtotalCents: d.priced.subtotalCents,
    discountCents: d.priced.discountCents,
    taxCents: d.priced.taxCents,
    deliveryFeeCents: d.priced.deliveryFeeCents,
    totalCents: d.priced.totalCents,
    couponCode: d.priced.couponCode,
    contactName: d.shopper.name,
    contactEmail: d.shopper.email,
    contactPhone: d.shopper.phone,
    deliveryAddress: d.address ?? null,
    pickupSlotId: d.slot?.id ?? null,
    pickupCode,
    idempotencyKey: "",
    assignedToUserId: staffTouched ? store.associateId : null,
    curbsideArrivedAt: d.arrivedAt ? at(d.arrivedAt) : null,
    parkingSpot: d.parkingSpot ?? null,
    dueAt: d.dueAt ? at(d.dueAt) : null,
    placedAt: at(d.placedAt),
    updatedAt: at(lastStep.at),
  });

  let prev: Status | null = null;
  for (const step of d.steps) {
    plan.history.push({ orderId: id, fromStatus: prev, toStatus: step.to, actorUserId: step.by, note: step.note ?? null, createdAt: at(step.at) });
    prev = step.to;
  }

  const open = d.status === "placed" || d.status === "picking" || d.status === "ready";
  const done = !open && d.status !== "cancelled";
  const stepAt = (status: Status) => d.steps.find((s) => s.to === status)?.at ?? d.placedAt;
  d.priced.lines.forEach((line, i) => {
    const picked = done || d.status === "ready" || (d.status === "picking" && i < Math.ceil(d.priced.lines.length / 2));
    plan.lines.push({
      id: rng.uuid(),
      orderId: id,
      skuId: line.sku.id,
      productName: line.sku.productName,
      skuCode: line.sku.code,
      quantity: line.quantity,
      unitPriceCents: line.unitPriceCents,
      discountCents: line.discountCents,
      lineTotalCents: line.lineTotalCents,
      status: picked ? "picked" : "pending",
      pickedQuantity: picked ? line.quantity : null,
    });
    const base = { storeId: store.id, skuId: line.sku.id, orderId: id };
    const q = line.quantity;
    if (d.channel !== "web") {
      plan.movements.push({ ...base, reason: "sale", onHandDelta: -q, actorUserId: d.shopper.id, createdAt: at(d.placedAt) });
    } else {
      plan.movements.push({ ...base, reason: "reservation", reservedDelta: q, actorUserId: d.shopper.id, createdAt: at(d.placedAt) });
      if (d.status === "cancelled") {
        plan.movements.push({ ...base, reason: "release", reservedDelta: -q, actorUserId: d.shopper.id, createdAt: at(stepAt("cancelled")) });
      } else if (d.status === "delivered") {
        plan.movements.push({ ...base, reason: "pick", onHandDelta: -q, reservedDelta: -q, actorUserId: store.associateId, createdAt: at(stepAt("ready")) });
      } else if (d.status === "collected") {
        plan.movements.push({ ...base, reason: "handover", onHandDelta: -q, reservedDelta: -q, actorUserId: store.associateId, createdAt: at(stepAt("collected")) });
      }
    }
    if (done) {
      const key = `${d.shopper.id}|${line.sku.productId}`;
      if (!plan.purchases.has(key)) plan.purchases.set(key, at(d.placedAt));
    }
  });

  const capturedAt = d.status === "delivered" ? stepAt("dispatched") : d.status === "collected" ? stepAt("collected") : d.placedAt;
  plan.payments.push({
    orderId: id,
    provider: "test",
    status: open ? "authorized" : d.status === "cancelled" ? "voided" : "captured",
    amountCents: d.priced.totalCents,
    capturedCents: done ? d.priced.totalCents : 0,
    cardBrand: d.shopper.card.brand,
    last4: d.shopper.card.last4,
    idempotencyKey: "",
    createdAt: at(d.placedAt),
    updatedAt: at(open ? d.placedAt : d.status === "cancelled" ? stepAt("cancelled") : capturedAt),
  });

  for (const applied of d.priced.applied) {
    plan.redemptions.push({
      promotionId: applied.promotionId,
      couponId: applied.couponId,
      orderId: id,
      userId: d.shopper.id,
      discountCents: applied.discountCents,
      createdAt: at(d.placedAt),
    });
  }

  if (d.channel === "scan_and_go") {
    const issued = d.placedAt + MINUTE;
    const audited = rng.next() * 10_000 < (store.exitAuditRateBps ?? 500);
    plan.exitPasses.push({
      orderId: id,
      storeId: store.id,
      nonce: rng.string("0123456789abcdef", 32),
      issuedAt: at(issued),
      expiresAt: at(issued + 15 * MINUTE),
      usedAt: at(issued + rng.int(1, 6) * MINUTE),
      usedByUserId: store.associateId,
      verdict: audited ? "audit" : "ok",
    });
  }

  plan.events.push({
    name: "order_placed",
    userId: d.shopper.id,
    storeId: store.id,
    orderId: id,
    channel: d.channel,
    properties: { fulfilment: d.fulfilment, totalCents: d.priced.totalCents },
    createdAt: at(d.placedAt),
  });
}

/** Order numbers like the checkout's (XXXX-XXXX) and idempotency keys seed-order-1… in time order. */
function finalizeNumbers(rng: Random, plan: OrderPlan) {
  plan.orders.sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime());
  const numbers = new Set<string>();
  const keys = new Map<string, string>();
  plan.orders.forEach((order, i) => {
    let number = "";
    while (!number || numbers.has(number)) number = `${rng.string(CODE_ALPHABET, 4)}-${rng.string(CODE_ALPHABET, 4)}`;
    numbers.add(number);
    order.number = number;
    order.idempotencyKey = `seed-order-${i + 1}`;
    keys.set(order.id, order.idempotencyKey);
  });
  for (const payment of plan.payments) {
    payment.idempotencyKey = keys.get(payment.orderId!)!;
    // The test provider derives its reference from the key the same way.
    payment.providerRef = `test_auth_${createHash("sha256").update(payment.idempotencyKey).digest("hex").slice(0, 24)}`;
  }
  plan.history.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}
