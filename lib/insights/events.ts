import { events } from "@/db/schema";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import type { StatementPart } from "@/lib/db/statement";

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

/** recordEvent as part of a larger statement (the sale's last one). */
export function recordEventPart(tx: Db, event: AnalyticsEvent): StatementPart {
  return { with: [sql`analytics_event as (${tx.insert(events).values(event).getSQL()})`] };
}
