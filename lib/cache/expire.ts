// No "server-only" marker: the stock writes that call it also run in plain Node (lib/testing/checkout-worker.ts).
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { runParts, type StatementPart } from "@/lib/db/statement";
import { CACHE_CHANNEL, PG_CHANNEL, type RealtimeMessage } from "@/lib/realtime/channels";
import { cacheTags } from "./tags";

/**
 * The expiry as a column of a larger statement (the write's own), so it costs no round trip of
 * its own; null when there is nothing to expire. `name` must be unique in the statement.
 */
export function expireCachePart(tags: string[], name = "expire_cache"): StatementPart | null {
  if (tags.length === 0) return null;
  const message: RealtimeMessage = { channel: CACHE_CHANNEL, type: "expire", data: { tags: [...new Set(tags)] } };
  return { select: [sql`pg_notify(${PG_CHANNEL}, ${JSON.stringify(message)}) as ${sql.identifier(name)}`] };
}

/**
 * Expires cached reads on every instance, from inside the write's transaction: one `pg_notify`
 * that PostgreSQL (and PGlite) deliver when the transaction commits, never on rollback. Each
 * instance's hub hands it to the cache handler (lib/cache/handler.mjs, see listen.ts). Not
 * written to the event log: an instance that lost its LISTEN connection expires everything
 * when it comes back instead. Prefer expireCachePart in a statement the write sends anyway.
 */
export async function expireCache(tx: Db, tags: string[]) {
  const part = expireCachePart(tags);
  if (part) await runParts(tx, part);
}

/** The tags a stock change at one store touches (on hand, reserved or sold). */
export function stockTags({ storeId, skuIds }: { storeId: string; skuIds: string[] }) {
  return [cacheTags.stockAt(storeId), ...skuIds.map(cacheTags.stockOfSku)];
}
