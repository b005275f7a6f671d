import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/lib/db";

/** Rows per INSERT: large enough to be fast, far below PostgreSQL's 65 535 parameters. */
export const BATCH_SIZE = 400;

/**
 * Multi-row inserts in batches; rows that already exist (any unique key) are left alone.
 * Returns how many rows were actually inserted.
 */
export async function insertBatches<T extends PgTable>(tx: Db, table: T, rows: T["$inferInsert"][], size = BATCH_SIZE) {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += size) {
    const result = await tx
      .insert(table)
      .values(rows.slice(i, i + size) as never)
      .onConflictDoNothing();
    inserted += affectedRows(result);
  }
  return inserted;
}

/** node-postgres reports rowCount, PGlite affectedRows. */
function affectedRows(result: unknown) {
  const r = result as { rowCount?: number | null; affectedRows?: number };
  return Number(r.rowCount ?? r.affectedRows ?? 0);
}
