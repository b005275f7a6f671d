import { sql } from "drizzle-orm";
import { notifications } from "@/db/schema";
import type { Db } from "@/lib/db";
import type { StatementPart } from "@/lib/db/statement";
import { OUTBOX_CHANNEL } from "@/lib/realtime/channels";
import { notify, notifyPart } from "@/lib/realtime/notify";

export type NotificationKind =
  | "order_placed"
  | "receipt"
  | "curbside_arrived"
  | "order_ready"
  | "order_partially_ready"
  | "order_shortage"
  | "substitution_review"
  | "order_cancelled"
  | "curbside_acknowledged"
  | "order_collected"
  | "sign_up_attempt";

export type OutboxMessage = {
  kind: NotificationKind;
  userId: string | null;
  /** null: a message about the account, not an order. */
  orderId: string | null;
  /** Shopper's e-mail; null sends in-app only. */
  email: string | null;
  subject: string;
  body: string;
  payload?: Record<string, unknown>;
  /** false: no in-app copy for the shopper (e-mail only). */
  inApp?: boolean;
  /** Also an in-app message for this store's staff. */
  storeCode?: string;
};

/**
 * Writes the message to the outbox — in-app (for a signed-in shopper, and for a store's staff)
 * and e-mail — in the caller's transaction (the only place a notification row is written), so it exists exactly when the change it announces does. The worker
 * (./worker.ts) delivers it; the `outbox` event wakes it on every instance after commit.
 */
export async function enqueueNotification(tx: Db, message: OutboxMessage) {
  const rows = outboxRows(message);
  if (rows.length === 0) return [];
  const inserted = await tx.insert(notifications).values(rows).returning({ id: notifications.id, channel: notifications.channel });
  await notify(tx, OUTBOX_CHANNEL, { type: "notification.queued", data: { count: inserted.length } });
  return inserted;
}

/** enqueueNotification as part of a larger statement (the sale's last one): the rows and the worker's wake-up. */
export function enqueueNotificationPart(tx: Db, message: OutboxMessage): StatementPart | null {
  const rows = outboxRows(message);
  if (rows.length === 0) return null;
  const wake = notifyPart("outbox_event", OUTBOX_CHANNEL, { type: "notification.queued", data: { count: rows.length } });
  return { with: [sql`outbox_rows as (${tx.insert(notifications).values(rows).getSQL()})`, ...wake.with!], select: wake.select };
}

function outboxRows(message: OutboxMessage) {
  const rows: (typeof notifications.$inferInsert)[] = [];
  const base = {
    userId: message.userId,
    orderId: message.orderId,
    kind: message.kind,
    subject: message.subject,
    body: message.body,
    payload: message.payload ?? {},
  };
  if (message.userId && message.inApp !== false) rows.push({ ...base, channel: "in_app", recipient: `user:${message.userId}` });
  if (message.storeCode) rows.push({ ...base, channel: "in_app", recipient: `store:${message.storeCode}` });
  if (message.email) rows.push({ ...base, channel: "email", recipient: message.email });
  return rows;
}
