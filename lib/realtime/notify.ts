import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { queryRows } from "@/lib/db/rows";
import { PG_CHANNEL, type RealtimeMessage } from "./channels";

// PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; events carry ids, not documents.
const MAX_PAYLOAD_BYTES = 7_500;

/**
 * Publishes an event inside the caller's transaction: it is written to the event log
 * (`realtime_events`, for listeners that were away) and sent with `pg_notify`, which PostgreSQL
 * (and PGlite) deliver only when that transaction commits, and never if it rolls back. Every app
 * instance sharing the database receives it through its hub. Keep `data` small (ids, statuses).
 */
export async function notify(tx: Db, channel: string, event: { type: string; data?: Record<string, unknown> }) {
  const probe = JSON.stringify({ id: Number.MAX_SAFE_INTEGER, channel, type: event.type, data: event.data });
  if (Buffer.byteLength(probe) > MAX_PAYLOAD_BYTES) {
    throw new Error(`Realtime event "${event.type}" is too large (${Buffer.byteLength(probe)} bytes); send ids, not documents.`);
  }
  const [row] = await queryRows<{ id: string | number }>(
    tx,
    sql`insert into realtime_events (channel, type, data) values (${channel}, ${event.type}, ${event.data ? JSON.stringify(event.data) : null}::jsonb) returning id`,
  );
  const message: RealtimeMessage = { id: Number(row.id), channel, type: event.type, data: event.data };
  await tx.execute(sql`select pg_notify(${PG_CHANNEL}, ${JSON.stringify(message)})`);
}
