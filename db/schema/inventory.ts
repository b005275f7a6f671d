import { sql } from "drizzle-orm";
import { bigserial, check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { skus } from "./catalog";
import { stockMovementReason } from "./enums";
import { orders } from "./orders";
import { stores } from "./stores";
import { users } from "./users";

/** Stock of one SKU in one store. Available to sell = on_hand - reserved. */
export const inventory = pgTable(
  "inventory",
  {
    storeId: uuid("store_id")
      .notNull()
      .references(() => stores.id),
    skuId: uuid("sku_id")
      .notNull()
      .references(() => skus.id),
    onHand: integer("on_hand").notNull().default(0),
    reserved: integer("reserved").notNull().default(0),
    aisle: text("aisle").notNull(),
    bay: text("bay").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.storeId, t.skuId] }),
    index("inventory_sku_idx").on(t.skuId),
    // The database itself refuses negative stock, whatever the code above it does.
    check("inventory_on_hand_non_negative", sql`${t.onHand} >= 0`),
    check("inventory_reserved_non_negative", sql`${t.reserved} >= 0`),
    check("inventory_reserved_within_on_hand", sql`${t.reserved} <= ${t.onHand}`),
  ],
);

/** The stock ledger: every change to on_hand or reserved writes one row. */
export const stockMovements = pgTable(
  "stock_movements",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    storeId: uuid("store_id")
      .notNull()
      .references(() => stores.id),
    skuId: uuid("sku_id")
      .notNull()
      .references(() => skus.id),
    reason: stockMovementReason("reason").notNull(),
    onHandDelta: integer("on_hand_delta").notNull().default(0),
    reservedDelta: integer("reserved_delta").notNull().default(0),
    orderId: uuid("order_id").references(() => orders.id),
    actorUserId: uuid("actor_user_id").references(() => users.id),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("stock_movements_store_sku_idx").on(t.storeId, t.skuId, t.createdAt),
    index("stock_movements_order_idx").on(t.orderId),
    check("stock_movements_changes_something", sql`${t.onHandDelta} <> 0 or ${t.reservedDelta} <> 0`),
  ],
);

export type Inventory = typeof inventory.$inferSelect;
export type StockMovement = typeof stockMovements.$inferSelect;
