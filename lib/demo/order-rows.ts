import { createHash } from "node:crypto";
import type { events, exitPasses, orderLines, orderStatusHistory, orders, payments, pickupSlots, promotionRedemptions } from "@/db/schema";
import { PICKUP_CODE_LENGTH } from "@/lib/orders/pickup-code";
import type { SeedShopper, SeedStore } from "./context";
import type { PricedSeedOrder } from "./plan-basket";
import type { MovementRow } from "./plan-stock";
import type { Random } from "./random";

/** Turns a planned order into its rows: order, lines, history, payment, ledger, redemptions, exit pass, event. */
// Same alphabet as lib/orders/pickup-code: no 0/O, 1/I/L.
const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const MINUTE = 60_000;

export type Status = (typeof orders.$inferInsert)["status"];
export type Channel = (typeof orders.$inferInsert)["channel"];
export type Fulfilment = "delivery" | "pickup" | "curbside" | null;

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

export function emptyPlan(): OrderPlan {
  return {
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
}

export type Step = { to: Status; at: number; by: string | null; note?: string };
export type Draft = {
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

export type Address = ReturnType<typeof address>;

export function homeAddress(rng: Random, cache: Map<string, Address>, shopper: SeedShopper, store: SeedStore) {
  const key = `${shopper.id}|${store.id}`;
  if (!cache.has(key)) cache.set(key, address(rng, shopper, store));
  return cache.get(key)!;
}

export function writeOrder(rng: Random, plan: OrderPlan, store: SeedStore, d: Draft, pickupCodes: Set<string>) {
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
        plan.movements.push({
          ...base,
          reason: "pick",
          onHandDelta: -q,
          reservedDelta: -q,
          actorUserId: store.associateId,
          createdAt: at(stepAt("ready")),
        });
      } else if (d.status === "collected") {
        plan.movements.push({
          ...base,
          reason: "handover",
          onHandDelta: -q,
          reservedDelta: -q,
          actorUserId: store.associateId,
          createdAt: at(stepAt("collected")),
        });
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
export function finalizeNumbers(rng: Random, plan: OrderPlan) {
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
