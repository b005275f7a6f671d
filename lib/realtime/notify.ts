import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { PG_CHANNEL, type RealtimeMessage } from "./channels";

// PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; events carry ids, not documents.
const MAX_PAYLOAD_BYTES = 7_500;

/**
 * Publishes an event with `pg_notify` inside the caller's transaction: PostgreSQL (and PGlite)
 * deliver it only when that transaction commits, and never if it rolls back. Every app instance
 * sharing the database receives it through its hub. Keep `data` small (ids and statuses).
 */
export async function notify(tx: Db, channel: string, event: { type: string; data?: Record<string, unknown> }) {
  const message: RealtimeMessage = { channel, type: event.type, data: event.data };
  const payload = JSON.stringify(message);
  if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) {
    throw new Error(`Realtime event "${event.type}" is too large (${Buffer.byteLength(payload)} bytes); send ids, not documents.`);
  }
  await tx.execute(sql`select pg_notify(${PG_CHANNEL}, ${payload})`);
}
