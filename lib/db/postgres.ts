import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import * as schema from "@/db/schema";
import { migrationsFolder } from "./paths";
import { ResilientPool } from "./pool";
import type { DatabaseHandle } from "./types";

// Any constant works; it only has to be the same for every Aisle instance.
const MIGRATION_LOCK_KEY = 7_316_021;

/** Connects a pool to PostgreSQL and applies migrations, one instance at a time. */
export async function openPostgres(url: string): Promise<DatabaseHandle> {
  const pool = new ResilientPool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  // An idle client that loses its server emits 'error'; without a listener that crashes the app.
  pool.on("error", (error) => console.error("[db] idle PostgreSQL client error:", error.message));
  // So does a checked-out client (inside a transaction, between two queries) whose server goes
  // away: its query promises reject by themselves, the pool drops it on release; only log here.
  pool.on("connect", (client) => client.on("error", (error) => console.error("[db] PostgreSQL client error:", error.message)));
  try {
    const client = await pool.connect();
    try {
      // Several instances may start together: the advisory lock makes them migrate in turn.
      await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
      await migrate(drizzle(client, { schema }), { migrationsFolder });
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    db: drizzle(pool, { schema }),
    kind: "postgres",
    close: () => pool.end(),
  };
}
