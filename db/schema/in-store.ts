import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
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
