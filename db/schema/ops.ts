import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { orderChannel } from "./enums";
import { orders } from "./orders";
import { stores } from "./stores";
import { users } from "./users";

/** Analytics events (views, scans, add-to-cart…), attributed to a channel. */
export const events = pgTable(
  "events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    name: text("name").notNull(),
    userId: uuid("user_id").references(() => users.id),
    storeId: uuid("store_id").references(() => stores.id),
    orderId: uuid("order_id").references(() => orders.id),
    channel: orderChannel("channel"),
    properties: jsonb("properties").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("events_name_time_idx").on(t.name, t.createdAt)],
);

/** Keys for the public /api/v1; only a hash of the secret is stored. */
export const apiKeys = pgTable("api_keys", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  /** First characters of the key, shown so people can tell keys apart. */
  prefix: text("prefix").notNull(),
  keyHash: text("key_hash").notNull().unique(),
  scopes: jsonb("scopes").$type<string[]>().notNull().default([]),
  createdByUserId: uuid("created_by_user_id").references(() => users.id),
  lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  revokedAt: timestamp("revoked_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Who did what, to what, when — for staff and admin actions. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorUserId: uuid("actor_user_id").references(() => users.id),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    storeId: uuid("store_id").references(() => stores.id),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_log_entity_idx").on(t.entityType, t.entityId, t.createdAt)],
);

/**
 * Fixed-window attempt counters for abuse limits (sign-in, sign-up, payments, code guesses), kept
 * in the database so every app instance counts together. `blockedUntil`: a progressive back-off
 * after repeated failures (lib/rate-limit/service.ts).
 */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull(),
  count: integer("count").notNull(),
  blockedUntil: timestamp("blocked_until", { withTimezone: true }),
});
