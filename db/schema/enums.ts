import { pgEnum } from "drizzle-orm/pg-core";

export const userRole = pgEnum("user_role", ["shopper", "associate", "manager", "admin"]);
export const orderChannel = pgEnum("order_channel", ["web", "scan_and_go", "kiosk"]);
export const fulfilment = pgEnum("fulfilment", ["delivery", "pickup", "curbside"]);
export const orderStatus = pgEnum("order_status", [
  "placed",
  "picking",
  "partially_ready",
  "ready",
  "collected",
  "dispatched",
  "delivered",
  "completed",
  "cancelled",
]);
export const orderLineStatus = pgEnum("order_line_status", ["pending", "picked", "short", "substituted"]);
export const substitutionStatus = pgEnum("substitution_status", ["proposed", "accepted", "rejected"]);
export const paymentStatus = pgEnum("payment_status", ["authorized", "captured", "voided", "declined", "refunded"]);
export const stockMovementReason = pgEnum("stock_movement_reason", [
  "receipt",
  "reservation",
  "release",
  "pick",
  "handover",
  "sale",
  "return",
  "adjustment",
  "shrink",
  "short_pick",
]);
export const promotionKind = pgEnum("promotion_kind", ["percent_off", "fixed_off", "buy_x_get_y"]);
export const promotionScope = pgEnum("promotion_scope", ["sku", "category", "order"]);
export const notificationChannel = pgEnum("notification_channel", ["in_app", "email"]);
export const notificationStatus = pgEnum("notification_status", ["pending", "sent", "failed"]);
