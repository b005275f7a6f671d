import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { auditLog, orders, stores } from "@/db/schema";
import type { Db } from "@/lib/db";
import { getPaymentProvider } from "@/lib/payments/test-provider";
import type { PaymentProvider } from "@/lib/payments/provider";
import { cancelLockedOrder, latestPayment, voidAfterCommit } from "./cancel";
import { writeAudit } from "@/lib/orders/audit";
import { lockStoreOrder, publishOrderChange } from "@/lib/orders/lifecycle";

const DAY = 24 * 60 * 60 * 1000;

/**
 * Ready orders nobody came for. Once the store's `uncollected_days` have passed since the end of
 * the pickup slot, the order is flagged (audit row, the dashboard hears of it); a day later it is
 * cancelled by the system: stock goes back on sale, the authorisation is released, the shopper
 * is told. Safe to run on every instance at once (row locks, skip locked, conditional moves).
 */
export async function sweepUncollectedOrders(
  db: Db,
  { now = new Date(), provider = getPaymentProvider() }: { now?: Date; provider?: PaymentProvider } = {},
) {
  const candidates = await db
    .select({ id: orders.id, storeId: orders.storeId, dueAt: orders.dueAt, days: stores.uncollectedDays })
    .from(orders)
    .innerJoin(stores, eq(stores.id, orders.storeId))
    .where(
      and(
        inArray(orders.status, ["ready", "partially_ready"]),
        inArray(orders.fulfilment, ["pickup", "curbside"]),
        isNotNull(orders.dueAt),
        sql`${orders.dueAt} + make_interval(days => ${stores.uncollectedDays}) <= ${now.toISOString()}::timestamptz`,
      ),
    )
    .limit(200);

  let flagged = 0;
  let cancelled = 0;
  for (const candidate of candidates) {
    const overdueDays = (now.getTime() - candidate.dueAt!.getTime()) / DAY;
    const cancel = overdueDays >= candidate.days + 1;
    const payment = await db.transaction(async (tx) => {
      const order = await lockStoreOrder(tx, { storeId: candidate.storeId, orderId: candidate.id });
      if (order.status !== "ready" && order.status !== "partially_ready") return null;
      if (cancel) {
        const payment = await latestPayment(tx, order.id);
        await cancelLockedOrder(tx, { order, payment, actorUserId: null, reason: `not collected within ${candidate.days} days`, now });
        cancelled++;
        return payment ?? null;
      }
      const [already] = await tx
        .select({ id: auditLog.id })
        .from(auditLog)
        .where(and(eq(auditLog.entityType, "order"), eq(auditLog.entityId, order.id), eq(auditLog.action, "order.uncollected_flagged")))
        .limit(1);
      if (!already) {
        await writeAudit(tx, {
          actorUserId: null,
          action: "order.uncollected_flagged",
          orderId: order.id,
          storeId: order.storeId,
          data: { days: candidate.days },
        });
        await publishOrderChange(tx, order, { status: order.status, flagged: true });
        flagged++;
      }
      return null;
    });
    if (payment) await voidAfterCommit(provider, payment);
  }
  return { flagged, cancelled };
}

const globalForSweeper = globalThis as unknown as { aisleUncollectedSweeper?: NodeJS.Timeout };

/** Runs the sweep now and every 15 minutes in this process (every instance may run it). */
export function startUncollectedSweeper(intervalMs = 15 * 60 * 1000) {
  if (globalForSweeper.aisleUncollectedSweeper) return;
  const run = async () => {
    try {
      const { getDb } = await import("@/lib/db");
      const result = await sweepUncollectedOrders(await getDb());
      if (result.flagged + result.cancelled > 0)
        console.log(`[fulfilment] uncollected orders: ${result.flagged} flagged, ${result.cancelled} cancelled`);
    } catch (error) {
      console.error("[fulfilment] uncollected sweep failed:", (error as Error).message);
    }
  };
  globalForSweeper.aisleUncollectedSweeper = setInterval(run, intervalMs);
  globalForSweeper.aisleUncollectedSweeper.unref?.();
  void run();
}
