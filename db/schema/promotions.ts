import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { categories, skus } from "./catalog";
import { type orderChannel, promotionKind, promotionScope } from "./enums";
import { orders } from "./orders";
import { stores } from "./stores";
import { users } from "./users";

export const promotions = pgTable(
  "promotions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    kind: promotionKind("kind").notNull(),
    /** percent_off: basis points (1500 = 15 %). */
    percentBps: integer("percent_bps"),
    /** fixed_off: amount off in minor units. */
    amountCents: integer("amount_cents"),
    /** buy_x_get_y: buy `buyQuantity`, get `getQuantity` more free. */
    buyQuantity: integer("buy_quantity"),
    getQuantity: integer("get_quantity"),
    scope: promotionScope("scope").notNull(),
    skuId: uuid("sku_id").references(() => skus.id),
    categoryId: uuid("category_id").references(() => categories.id),
    minSpendCents: integer("min_spend_cents").notNull().default(0),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }),
    perCustomerLimit: integer("per_customer_limit"),
    /** Null = every channel (the default rule); otherwise only these. */
    channels: jsonb("channels").$type<(typeof orderChannel.enumValues)[number][]>(),
    /** Null = every store. */
    storeId: uuid("store_id").references(() => stores.id),
    /** True when the promotion applies only with one of its coupon codes. */
    requiresCoupon: boolean("requires_coupon").notNull().default(false),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      "promotions_kind_fields",
      sql`(${t.kind} = 'percent_off' and ${t.percentBps} between 1 and 10000)
        or (${t.kind} = 'fixed_off' and ${t.amountCents} > 0)
        or (${t.kind} = 'buy_x_get_y' and ${t.buyQuantity} > 0 and ${t.getQuantity} > 0)`,
    ),
    check(
      "promotions_scope_target",
      sql`(${t.scope} = 'sku' and ${t.skuId} is not null)
        or (${t.scope} = 'category' and ${t.categoryId} is not null)
        or (${t.scope} = 'order')`,
    ),
    check("promotions_min_spend_non_negative", sql`${t.minSpendCents} >= 0`),
    check("promotions_window", sql`${t.endsAt} is null or ${t.endsAt} > ${t.startsAt}`),
    check("promotions_limit_positive", sql`${t.perCustomerLimit} is null or ${t.perCustomerLimit} > 0`),
  ],
);

export const coupons = pgTable(
  "coupons",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Always stored upper-cased. */
    code: text("code").notNull().unique(),
    promotionId: uuid("promotion_id")
      .notNull()
      .references(() => promotions.id),
    maxRedemptions: integer("max_redemptions"),
    redeemedCount: integer("redeemed_count").notNull().default(0),
    perCustomerLimit: integer("per_customer_limit"),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("coupons_code_format", sql`${t.code} ~ '^[A-Z0-9-]{3,32}$'`),
    check("coupons_redemptions_range", sql`${t.redeemedCount} >= 0 and (${t.maxRedemptions} is null or ${t.redeemedCount} <= ${t.maxRedemptions})`),
  ],
);

/** Which promotion or coupon an order used, for per-customer limits and reporting. */
export const promotionRedemptions = pgTable(
  "promotion_redemptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    promotionId: uuid("promotion_id")
      .notNull()
      .references(() => promotions.id),
    couponId: uuid("coupon_id").references(() => coupons.id),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id),
    userId: uuid("user_id").references(() => users.id),
    discountCents: integer("discount_cents").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("promotion_redemptions_once_per_order").on(t.promotionId, t.orderId),
    index("promotion_redemptions_user_idx").on(t.userId, t.promotionId),
    check("promotion_redemptions_discount_non_negative", sql`${t.discountCents} >= 0`),
  ],
);

export type Promotion = typeof promotions.$inferSelect;
export type Coupon = typeof coupons.$inferSelect;
