import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { orderLines, orders } from "./orders";
import { stores } from "./stores";
import { users } from "./users";

export const returns = pgTable(
  "returns",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id),
    storeId: uuid("store_id")
      .notNull()
      .references(() => stores.id),
    processedByUserId: uuid("processed_by_user_id").references(() => users.id),
    reason: text("reason").notNull(),
    refundCents: integer("refund_cents").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("returns_order_idx").on(t.orderId), check("returns_refund_non_negative", sql`${t.refundCents} >= 0`)],
);

export const returnLines = pgTable(
  "return_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    returnId: uuid("return_id")
      .notNull()
      .references(() => returns.id, { onDelete: "cascade" }),
    orderLineId: uuid("order_line_id")
      .notNull()
      .references(() => orderLines.id),
    quantity: integer("quantity").notNull(),
    restock: boolean("restock").notNull().default(true),
  },
  (t) => [check("return_lines_quantity_positive", sql`${t.quantity} > 0`)],
);

export type Return = typeof returns.$inferSelect;
