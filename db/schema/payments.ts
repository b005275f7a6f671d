import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { paymentStatus } from "./enums";
import { orders } from "./orders";

/** A card payment. Only the brand and last 4 digits are kept — never a card number. */
export const payments = pgTable(
  "payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id").references(() => orders.id),
    provider: text("provider").notNull(),
    providerRef: text("provider_ref"),
    status: paymentStatus("status").notNull(),
    amountCents: integer("amount_cents").notNull(),
    capturedCents: integer("captured_cents").notNull().default(0),
    currency: text("currency").notNull().default("USD"),
    cardBrand: text("card_brand"),
    last4: text("last4"),
    failureCode: text("failure_code"),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("payments_order_idx").on(t.orderId),
    check("payments_amount_non_negative", sql`${t.amountCents} >= 0`),
    check("payments_captured_range", sql`${t.capturedCents} >= 0 and ${t.capturedCents} <= ${t.amountCents}`),
    check("payments_last4_format", sql`${t.last4} is null or ${t.last4} ~ '^[0-9]{4}$'`),
  ],
);

export type Payment = typeof payments.$inferSelect;
