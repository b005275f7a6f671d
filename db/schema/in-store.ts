import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { orders } from "./orders";
import { stores } from "./stores";
import { users } from "./users";

/** A single-use pass a scan-and-go shopper shows at the exit; the QR carries a signed token. */
export const exitPasses = pgTable(
  "exit_passes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id),
    storeId: uuid("store_id")
      .notNull()
      .references(() => stores.id),
    /** Random nonce inside the signed token; the row is the single-use record. */
    nonce: text("nonce").notNull().unique(),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    usedByUserId: uuid("used_by_user_id").references(() => users.id),
    /** ok | audit — set when staff check the pass. */
    verdict: text("verdict"),
  },
  (t) => [index("exit_passes_order_idx").on(t.orderId)],
);

export type ExitPass = typeof exitPasses.$inferSelect;

/**
 * A shopper's basket handed to a self-checkout kiosk: the phone scanned the kiosk's rotating
 * QR, the kiosk shows that basket live until it is paid (or the hand-over ends or lapses).
 */
export const kioskHandovers = pgTable(
  "kiosk_handovers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    storeId: uuid("store_id")
      .notNull()
      .references(() => stores.id),
    /** The kiosk's code within the store, as in /kiosk/<store>/<kiosk>. */
    kioskCode: text("kiosk_code").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    orderId: uuid("order_id").references(() => orders.id),
    paidAt: timestamp("paid_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    /** The nonce of the displayed QR that started it: each QR starts one hand-over, once. */
    tokenNonce: text("token_nonce").unique(),
    /** A short code the kiosk and the phone both show, so the shopper sees they're paired with this screen. */
    matchCode: text("match_code"),
  },
  (t) => [
    index("kiosk_handovers_kiosk_idx").on(t.storeId, t.kioskCode, t.startedAt),
    index("kiosk_handovers_user_idx").on(t.userId, t.startedAt),
    // One live (unpaid, not ended) hand-over per kiosk; a lapsed one is ended before the next starts.
    uniqueIndex("kiosk_handovers_one_live_idx")
      .on(t.storeId, t.kioskCode)
      .where(sql`${t.endedAt} is null and ${t.paidAt} is null`),
  ],
);

export type KioskHandover = typeof kioskHandovers.$inferSelect;
