import { sql } from "drizzle-orm";
import { check, integer, jsonb, pgTable, real, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Opening hours per ISO weekday (1 = Monday … 7 = Sunday) as local "HH:MM" strings; null = closed. */
export type OpeningHours = Record<"1" | "2" | "3" | "4" | "5" | "6" | "7", { open: string; close: string } | null>;

export const stores = pgTable(
  "stores",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    street: text("street").notNull(),
    city: text("city").notNull(),
    region: text("region").notNull(),
    postalCode: text("postal_code").notNull(),
    country: text("country").notNull().default("US"),
    phone: text("phone").notNull(),
    latitude: real("latitude").notNull(),
    longitude: real("longitude").notNull(),
    timezone: text("timezone").notNull(),
    openingHours: jsonb("opening_hours").$type<OpeningHours>().notNull(),
    currency: text("currency").notNull().default("USD"),
    /** Sales tax in basis points (825 = 8.25 %). */
    taxRateBps: integer("tax_rate_bps").notNull(),
    pickupSlotMinutes: integer("pickup_slot_minutes").notNull().default(60),
    pickupCapacityPerSlot: integer("pickup_capacity_per_slot").notNull().default(8),
    /** Pickup orders not collected after this many days are flagged, then cancelled. */
    uncollectedDays: integer("uncollected_days").notNull().default(5),
    /** Share of exit passes sent to a random audit, in basis points. */
    exitAuditRateBps: integer("exit_audit_rate_bps").notNull().default(500),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("stores_code_format", sql`${t.code} ~ '^[a-z0-9-]{2,16}$'`),
    check("stores_tax_rate_range", sql`${t.taxRateBps} between 0 and 5000`),
    check("stores_slot_minutes_positive", sql`${t.pickupSlotMinutes} > 0`),
    check("stores_capacity_non_negative", sql`${t.pickupCapacityPerSlot} >= 0`),
    check("stores_uncollected_days_positive", sql`${t.uncollectedDays} > 0`),
    check("stores_exit_audit_rate_range", sql`${t.exitAuditRateBps} between 0 and 10000`),
  ],
);

export type Store = typeof stores.$inferSelect;
