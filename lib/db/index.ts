import { defaultPgliteDir } from "./paths";
import { openPglite } from "./pglite";
import { openPostgres } from "./postgres";
import type { DatabaseHandle, Db } from "./types";

export type { DatabaseHandle, Db } from "./types";

/**
 * Opens the database the environment asks for and applies pending migrations before
 * returning: PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite.
 */
export async function openDatabase(options: { url?: string | null; dataDir?: string | null } = {}): Promise<DatabaseHandle> {
  // url: null forces the embedded database even when DATABASE_URL is set.
  const url = options.url === undefined ? process.env.DATABASE_URL : options.url;
  if (url) return openPostgres(url);
  return openPglite(options.dataDir === undefined ? defaultPgliteDir() : options.dataDir);
}

const globalForDb = globalThis as unknown as { aisleDb?: Promise<DatabaseHandle> };

/**
 * The app's one database handle. Opened lazily on first use — never at import time and
 * never while `next build` prerenders — and kept on globalThis so every bundle Next.js
 * produces (routes, actions, instrumentation) shares the same connection.
 */
export async function getDatabase(): Promise<DatabaseHandle> {
  // `next build` prerenders every route's static shell: a read of the database there never
  // finishes, so Next leaves that part to be filled at runtime (on first request, then cached
  // until its tags expire). The build never opens PGlite or connects anywhere.
  if (process.env.NEXT_PHASE === "phase-production-build") return new Promise<never>(() => {});
  globalForDb.aisleDb ??= openDatabase().catch((error) => {
    globalForDb.aisleDb = undefined;
    throw error;
  });
  return globalForDb.aisleDb;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}
