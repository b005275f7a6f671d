import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { notificationChannel, notificationStatus } from "./enums";
import { orders } from "./orders";
import { users } from "./users";

/** Outbox: written in the same transaction as the change it announces, delivered by a worker. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").references(() => users.id),
    orderId: uuid("order_id").references(() => orders.id),
    kind: text("kind").notNull(),
    channel: notificationChannel("channel").notNull(),
    recipient: text("recipient").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    status: notificationStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [
    index("notifications_pending_idx").on(t.status, t.createdAt),
    index("notifications_user_idx").on(t.userId, t.createdAt),
    check("notifications_attempts_non_negative", sql`${t.attempts} >= 0`),
  ],
);

export type Notification = typeof notifications.$inferSelect;
