import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { CACHE_CHANNEL, PG_CHANNEL, type RealtimeMessage } from "@/lib/realtime/channels";
import { cacheTags } from "./tags";

/**
 * Expires cached reads on every instance, from inside the write's transaction: one `pg_notify`
 * that PostgreSQL (and PGlite) deliver when the transaction commits, never on rollback. Each
 * instance's hub hands it to the cache handler (lib/cache/handler.mjs, see listen.ts). Not
 * written to the event log: an instance that lost its LISTEN connection expires everything
 * when it comes back instead.
 */
export async function expireCache(tx: Db, tags: string[]) {
  if (tags.length === 0) return;
  const message: RealtimeMessage = { channel: CACHE_CHANNEL, type: "expire", data: { tags: [...new Set(tags)] } };
  await tx.execute(sql`select pg_notify(${PG_CHANNEL}, ${JSON.stringify(message)})`);
}

/** The tags a stock change at one store touches (on hand, reserved or sold). */
export function stockTags({ storeId, skuIds }: { storeId: string; skuIds: string[] }) {
  return [cacheTags.stockAt(storeId), ...skuIds.map(cacheTags.stockOfSku)];
}
