import { sql } from "drizzle-orm";
import { bigserial, check, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { skus } from "./catalog";
import { fulfilment, orderChannel, orderLineStatus, orderStatus, substitutionStatus } from "./enums";
import { stores } from "./stores";
import { users } from "./users";

export type DeliveryAddress = {
  name: string;
  line1: string;
  line2?: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
};

export const pickupSlots = pgTable(
  "pickup_slots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    storeId: uuid("store_id")
      .notNull()
      .references(() => stores.id),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    capacity: integer("capacity").notNull(),
    booked: integer("booked").notNull().default(0),
  },
  (t) => [
    unique("pickup_slots_store_start").on(t.storeId, t.startsAt),
    check("pickup_slots_window", sql`${t.endsAt} > ${t.startsAt}`),
    check("pickup_slots_booked_range", sql`${t.booked} >= 0 and ${t.booked} <= ${t.capacity}`),
  ],
);

export const orders = pgTable(
  "orders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Human-friendly order number shown to shoppers and staff. */
    number: text("number").notNull().unique(),
    userId: uuid("user_id").references(() => users.id),
    storeId: uuid("store_id")
      .notNull()
      .references(() => stores.id),
    channel: orderChannel("channel").notNull(),
    /** Null for in-store sales (scan-and-go, kiosk), which leave the store with the shopper. */
    fulfilment: fulfilment("fulfilment"),
    status: orderStatus("status").notNull(),
    currency: text("currency").notNull().default("USD"),
    subtotalCents: integer("subtotal_cents").notNull(),
    discountCents: integer("discount_cents").notNull().default(0),
    taxCents: integer("tax_cents").notNull().default(0),
    deliveryFeeCents: integer("delivery_fee_cents").notNull().default(0),
    totalCents: integer("total_cents").notNull(),
    couponCode: text("coupon_code"),
    contactName: text("contact_name").notNull(),
    contactEmail: text("contact_email").notNull(),
    contactPhone: text("contact_phone"),
    deliveryAddress: jsonb("delivery_address").$type<DeliveryAddress>(),
    pickupSlotId: uuid("pickup_slot_id").references(() => pickupSlots.id),
    /** Random code the shopper shows at handover; unique so a scan finds exactly one order. */
    pickupCode: text("pickup_code").unique(),
    /** Client-generated key per checkout attempt: retries and double clicks give one order. */
    idempotencyKey: text("idempotency_key").notNull().unique(),
    assignedToUserId: uuid("assigned_to_user_id").references(() => users.id),
    curbsideArrivedAt: timestamp("curbside_arrived_at", { withTimezone: true }),
    parkingSpot: text("parking_spot"),
    dueAt: timestamp("due_at", { withTimezone: true }),
    placedAt: timestamp("placed_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("orders_user_idx").on(t.userId, t.placedAt),
    index("orders_store_status_idx").on(t.storeId, t.status),
    check(
      "orders_money_non_negative",
      sql`${t.subtotalCents} >= 0 and ${t.discountCents} >= 0 and ${t.taxCents} >= 0 and ${t.deliveryFeeCents} >= 0 and ${t.totalCents} >= 0`,
    ),
    check("orders_total_adds_up", sql`${t.totalCents} = ${t.subtotalCents} - ${t.discountCents} + ${t.taxCents} + ${t.deliveryFeeCents}`),
    check("orders_web_has_fulfilment", sql`(${t.channel} = 'web') = (${t.fulfilment} is not null)`),
    check(
      "orders_pickup_has_code",
      sql`${t.fulfilment} not in ('pickup', 'curbside') or (${t.pickupCode} is not null and length(${t.pickupCode}) >= 8)`,
    ),
    check("orders_delivery_has_address", sql`${t.fulfilment} <> 'delivery' or ${t.deliveryAddress} is not null`),
  ],
);

export const orderLines = pgTable(
  "order_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    skuId: uuid("sku_id")
      .notNull()
      .references(() => skus.id),
    /** Name and code as sold, so history survives catalog edits. */
    productName: text("product_name").notNull(),
    skuCode: text("sku_code").notNull(),
    quantity: integer("quantity").notNull(),
    unitPriceCents: integer("unit_price_cents").notNull(),
    discountCents: integer("discount_cents").notNull().default(0),
    lineTotalCents: integer("line_total_cents").notNull(),
    status: orderLineStatus("status").notNull().default("pending"),
    pickedQuantity: integer("picked_quantity"),
    substituteSkuId: uuid("substitute_sku_id").references(() => skus.id),
    substitutionStatus: substitutionStatus("substitution_status"),
    /**
     * The substitute's price when it was picked (each, and for the units handed over after
     * promotions), frozen so the order page, the pick list and the capture never drift apart
     * when the catalog price changes before collection. Null when not substituted.
     */
    substituteUnitPriceCents: integer("substitute_unit_price_cents"),
    substituteChargeCents: integer("substitute_charge_cents"),
  },
  (t) => [
    index("order_lines_order_idx").on(t.orderId),
    check("order_lines_quantity_positive", sql`${t.quantity} > 0`),
    check("order_lines_money_non_negative", sql`${t.unitPriceCents} >= 0 and ${t.discountCents} >= 0 and ${t.lineTotalCents} >= 0`),
    check("order_lines_total_adds_up", sql`${t.lineTotalCents} = ${t.unitPriceCents} * ${t.quantity} - ${t.discountCents}`),
    check(
      "order_lines_substitute_price_non_negative",
      sql`(${t.substituteUnitPriceCents} is null and ${t.substituteChargeCents} is null) or (${t.substituteUnitPriceCents} >= 0 and ${t.substituteChargeCents} >= 0)`,
    ),
    check("order_lines_picked_range", sql`${t.pickedQuantity} is null or (${t.pickedQuantity} >= 0 and ${t.pickedQuantity} <= ${t.quantity})`),
  ],
);

/** Every status transition: when, from what, to what, and who did it. */
export const orderStatusHistory = pgTable(
  "order_status_history",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    fromStatus: orderStatus("from_status"),
    toStatus: orderStatus("to_status").notNull(),
    actorUserId: uuid("actor_user_id").references(() => users.id),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("order_status_history_order_idx").on(t.orderId, t.createdAt)],
);

export type PickupSlot = typeof pickupSlots.$inferSelect;
export type Order = typeof orders.$inferSelect;
export type OrderLine = typeof orderLines.$inferSelect;
export type OrderStatus = Order["status"];
