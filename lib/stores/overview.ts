import "server-only";
import { and, asc, eq, gte, inArray, sql } from "drizzle-orm";
import { orders, products, skus, stores, users, type OrderStatus } from "@/db/schema";
import type { Db } from "@/lib/db";
import { orderItemCounts } from "@/lib/orders/queries";
import { OPEN_STATUSES } from "@/lib/orders/statuses";
import { startOfStoreDay } from "./hours";

const pickupFulfilments = ["pickup", "curbside"] as const;

export type PickupDaySummary = {
  total: number;
  byStatus: Partial<Record<OrderStatus, number>>;
};

/** Today's pickup and curbside orders (due today, in the store's time zone) counted by status. */
export async function getPickupDaySummary(
  db: Db,
  { storeId, timezone, now = new Date() }: { storeId: string; timezone: string; now?: Date },
): Promise<PickupDaySummary> {
  const start = startOfStoreDay(timezone, now);
  const end = new Date(start.getTime() + 36 * 60 * 60 * 1000); // next local midnight, whatever DST does
  const nextStart = startOfStoreDay(timezone, end);
  const due = sql`coalesce(${orders.dueAt}, ${orders.placedAt})`;
  const rows = await db
    .select({ status: orders.status, count: sql<number>`count(*)::int` })
    .from(orders)
    .where(
      and(
        eq(orders.storeId, storeId),
        inArray(orders.fulfilment, pickupFulfilments),
        sql`${due} >= ${start.toISOString()} and ${due} < ${nextStart.toISOString()}`,
      ),
    )
    .groupBy(orders.status);
  const byStatus: PickupDaySummary["byStatus"] = {};
  let total = 0;
  for (const row of rows) {
    byStatus[row.status] = row.count;
    total += row.count;
  }
  return { total, byStatus };
}

export type OpenPickupOrder = {
  id: string;
  number: string;
  contactName: string;
  status: OrderStatus;
  fulfilment: "pickup" | "curbside";
  dueAt: Date | null;
  placedAt: Date;
  curbsideArrivedAt: Date | null;
  itemCount: number;
  totalCents: number;
  currency: string;
};

/** Pickup orders not yet collected or cancelled, the most urgent first. */
export async function listOpenPickupOrders(db: Db, { storeId, limit = 50 }: { storeId: string; limit?: number }): Promise<OpenPickupOrder[]> {
  const itemCount = orderItemCounts(db);
  const rows = await db
    .select({
      id: orders.id,
      number: orders.number,
      contactName: orders.contactName,
      status: orders.status,
      fulfilment: orders.fulfilment,
      dueAt: orders.dueAt,
      placedAt: orders.placedAt,
      curbsideArrivedAt: orders.curbsideArrivedAt,
      itemCount: sql<number>`coalesce(${itemCount.items}, 0)`,
      totalCents: orders.totalCents,
      currency: orders.currency,
    })
    .from(orders)
    .leftJoin(itemCount, eq(itemCount.orderId, orders.id))
    .where(and(eq(orders.storeId, storeId), inArray(orders.fulfilment, pickupFulfilments), inArray(orders.status, OPEN_STATUSES)))
    .orderBy(sql`${orders.curbsideArrivedAt} is null`, sql`${orders.dueAt} asc nulls last`, asc(orders.placedAt))
    .limit(limit);
  return rows.map((row) => ({ ...row, fulfilment: row.fulfilment as "pickup" | "curbside" }));
}

export type NetworkOverview = {
  products: number;
  skus: number;
  stores: number;
  staff: number;
  ordersSince: number;
  revenueSinceCents: number;
};

/** The retailer's headline numbers for the admin home. */
export async function getNetworkOverview(db: Db, { since }: { since: Date }): Promise<NetworkOverview> {
  const [[productRow], [skuRow], [storeRow], [staffRow], [orderRow]] = await Promise.all([
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(products)
      .where(eq(products.active, true)),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(skus)
      .where(eq(skus.active, true)),
    db.select({ n: sql<number>`count(*)::int` }).from(stores),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(users)
      .where(inArray(users.role, ["associate", "manager"])),
    db
      .select({
        n: sql<number>`count(*)::int`,
        revenue: sql<number>`coalesce(sum(${orders.totalCents}), 0)::bigint`,
      })
      .from(orders)
      .where(and(gte(orders.placedAt, since), sql`${orders.status} <> 'cancelled'`)),
  ]);
  return {
    products: productRow.n,
    skus: skuRow.n,
    stores: storeRow.n,
    staff: staffRow.n,
    ordersSince: orderRow.n,
    revenueSinceCents: Number(orderRow.revenue),
  };
}

export type StoreActivity = {
  code: string;
  name: string;
  city: string;
  staff: number;
  ordersSince: number;
  revenueSinceCents: number;
  openPickups: number;
};

/** Per-store activity since a date, stores by name. */
export async function listStoreActivity(db: Db, { since }: { since: Date }): Promise<StoreActivity[]> {
  const orderStats = db
    .select({
      storeId: orders.storeId,
      ordersSince: sql<number>`count(*) filter (where ${orders.placedAt} >= ${since.toISOString()} and ${orders.status} <> 'cancelled')::int`.as(
        "orders_since",
      ),
      revenue:
        sql<number>`coalesce(sum(${orders.totalCents}) filter (where ${orders.placedAt} >= ${since.toISOString()} and ${orders.status} <> 'cancelled'), 0)::bigint`.as(
          "revenue",
        ),
      openPickups:
        sql<number>`count(*) filter (where ${orders.fulfilment} in ('pickup', 'curbside') and ${inArray(orders.status, OPEN_STATUSES)})::int`.as(
          "open_pickups",
        ),
    })
    .from(orders)
    .groupBy(orders.storeId)
    .as("order_stats");
  const staffStats = db
    .select({ storeId: users.storeId, staff: sql<number>`count(*)::int`.as("staff") })
    .from(users)
    .where(inArray(users.role, ["associate", "manager"]))
    .groupBy(users.storeId)
    .as("staff_stats");
  const rows = await db
    .select({
      code: stores.code,
      name: stores.name,
      city: stores.city,
      staff: sql<number>`coalesce(${staffStats.staff}, 0)`,
      ordersSince: sql<number>`coalesce(${orderStats.ordersSince}, 0)`,
      revenue: sql<string>`coalesce(${orderStats.revenue}, 0)`,
      openPickups: sql<number>`coalesce(${orderStats.openPickups}, 0)`,
    })
    .from(stores)
    .leftJoin(orderStats, eq(orderStats.storeId, stores.id))
    .leftJoin(staffStats, eq(staffStats.storeId, stores.id))
    .orderBy(asc(stores.name));
  return rows.map(({ revenue, ...row }) => ({
    ...row,
    staff: Number(row.staff),
    ordersSince: Number(row.ordersSince),
    openPickups: Number(row.openPickups),
    revenueSinceCents: Number(revenue),
  }));
}
