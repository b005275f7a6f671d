import { bigserial, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Every realtime event, written in the same transaction as the change it announces (lib/realtime
 * notify). NOTIFY is fire-and-forget: a listener that was disconnected (a PostgreSQL restart,
 * a dropped stream) reads what it missed from here. Kept for a day, then pruned.
 */
export const realtimeEvents = pgTable(
  "realtime_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    channel: text("channel").notNull(),
    type: text("type").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("realtime_events_channel_id_idx").on(t.channel, t.id), index("realtime_events_created_at_idx").on(t.createdAt)],
);
