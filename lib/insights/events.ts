import { events } from "@/db/schema";
import type { Db } from "@/lib/db";

export type AnalyticsEvent = {
  name: string;
  userId: string | null;
  storeId: string;
  orderId: string | null;
  channel: (typeof events.$inferInsert)["channel"];
  properties: Record<string, unknown>;
};

/** The one way an analytics event is written: in the caller's transaction, so it exists exactly when what it counts does. */
export async function recordEvent(tx: Db, event: AnalyticsEvent) {
  await tx.insert(events).values(event);
}
