import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as schema from "@/db/schema";

/**
 * The database or a transaction, alike: `db.transaction(async (tx) => …)` hands a
 * PgTransaction, which extends this PgDatabase, so pass `tx` wherever a Db is expected —
 * no cast. The PGlite and node-postgres databases are both assignable to it as well.
 */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseHandle = {
  db: Db;
  kind: "pglite" | "postgres";
  close: () => Promise<void>;
};
