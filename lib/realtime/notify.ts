import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { runParts, type StatementPart } from "@/lib/db/statement";
import { PG_CHANNEL } from "./channels";

// PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; events carry ids, not documents.
const MAX_PAYLOAD_BYTES = 7_500;

type RealtimeEvent = { type: string; data?: Record<string, unknown> };

/**
 * An event as part of a larger statement (see notify): the event-log row is the WITH query
 * `name`, the `pg_notify` carrying its id a column of the same name. `name` must be unique in
 * the statement.
 */
export function notifyPart(name: string, channel: string, event: RealtimeEvent): StatementPart {
  const probe = JSON.stringify({ id: Number.MAX_SAFE_INTEGER, channel, type: event.type, data: event.data });
  if (Buffer.byteLength(probe) > MAX_PAYLOAD_BYTES) {
    throw new Error(`Realtime event "${event.type}" is too large (${Buffer.byteLength(probe)} bytes); send ids, not documents.`);
  }
  const alias = sql.identifier(name);
  // The message as notify always sent it, `{"id":…,"channel":…,"type":…,"data":…}`, with the log row's id spliced in.
  const rest = JSON.stringify({ channel, type: event.type, data: event.data }).slice(1);
  return {
    with: [
      sql`${alias} as (insert into realtime_events (channel, type, data) values (${channel}, ${event.type}, ${event.data ? JSON.stringify(event.data) : null}::jsonb) returning id)`,
    ],
    select: [sql`pg_notify(${PG_CHANNEL}, '{"id":' || (select id from ${alias}) || ',' || ${rest}::text) as ${alias}`],
  };
}

/**
 * Publishes an event inside the caller's transaction: it is written to the event log
 * (`realtime_events`, for listeners that were away) and sent with `pg_notify`, which PostgreSQL
 * (and PGlite) deliver only when that transaction commits, and never if it rolls back. Every app
 * instance sharing the database receives it through its hub. Keep `data` small (ids, statuses).
 * One statement: the log row and its notification together.
 */
export async function notify(tx: Db, channel: string, event: RealtimeEvent) {
  await runParts(tx, notifyPart("realtime_event", channel, event));
}
