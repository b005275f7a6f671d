import type { SQL } from "drizzle-orm";
import type { Db } from "./types";

/**
 * Rows of a raw SQL query. Both drivers (PGlite and node-postgres) return `{ rows }`,
 * but the shared `Db` type cannot know the row shape, so it is named here once.
 */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
