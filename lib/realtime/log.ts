import type { RealtimeMessage } from "./channels";

/** Anything that runs a parameterised query: a pg Client or Pool, or PGlite. */
export type Queryable = { query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }> };

/** How long events stay readable for catch-up; older ones are pruned. */
export const EVENT_RETENTION_MS = 24 * 60 * 60 * 1000;
const MAX_CATCH_UP = 1_000;

type Row = { id: string | number; channel: string; type: string; data: Record<string, unknown> | null };

/**
 * Committed events from the log (`realtime_events`), oldest first: those after `afterId`
 * and/or created since `since`, on `channels` (all channels when omitted).
 */
export async function readEvents(
  client: Queryable,
  { channels, afterId = 0, since }: { channels?: string[]; afterId?: number; since?: Date },
): Promise<RealtimeMessage[]> {
  const { rows } = await client.query(
    `select id, channel, type, data from realtime_events
      where ($1::text[] is null or channel = any($1::text[])) and id > $2 and created_at >= $3
      order by id limit ${MAX_CATCH_UP}`,
    [channels ?? null, afterId, (since ?? new Date(Date.now() - EVENT_RETENTION_MS)).toISOString()],
  );
  return (rows as Row[]).map((row) => ({ id: Number(row.id), channel: row.channel, type: row.type, data: row.data ?? undefined }));
}

/** Deletes events past the retention window. Returns how many went. */
export async function pruneEvents(client: Queryable, now = new Date()): Promise<number> {
  const { rows } = await client.query(
    `with gone as (delete from realtime_events where created_at < $1 returning 1) select count(*)::int as n from gone`,
    [new Date(now.getTime() - EVENT_RETENTION_MS).toISOString()],
  );
  return Number((rows[0] as { n: number }).n);
}

const globalForPruner = globalThis as unknown as { aisleEventPruner?: NodeJS.Timeout };

/** Prunes the event log hourly (and once at start), in every app process. */
export function startEventPruner(intervalMs = 60 * 60 * 1000) {
  if (globalForPruner.aisleEventPruner) return;
  const run = async () => {
    try {
      const { getDb } = await import("@/lib/db");
      const db = (await getDb()) as unknown as { $client: Queryable };
      await pruneEvents(db.$client);
    } catch (error) {
      console.error("[realtime] event log pruning failed:", (error as Error).message);
    }
  };
  globalForPruner.aisleEventPruner = setInterval(run, intervalMs);
  globalForPruner.aisleEventPruner.unref?.();
  void run();
}
