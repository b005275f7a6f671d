import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { notifications } from "@/db/schema";
import type { Db } from "@/lib/db";

export type InAppNotification = { id: string; kind: string; subject: string; body: string; createdAt: Date; orderId: string | null };

/** The shopper's delivered in-app messages, newest first — optionally for one order. */
export async function listInAppNotifications(
  db: Db,
  { userId, orderId, limit = 20 }: { userId: string; orderId?: string; limit?: number },
): Promise<InAppNotification[]> {
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      subject: notifications.subject,
      body: notifications.body,
      createdAt: notifications.createdAt,
      orderId: notifications.orderId,
    })
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        eq(notifications.channel, "in_app"),
        eq(notifications.status, "sent"),
        orderId ? eq(notifications.orderId, orderId) : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
}
