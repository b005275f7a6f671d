import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import * as schema from "@/db/schema";
import { migrationsFolder } from "./paths";
import type { DatabaseHandle } from "./types";
import { acquireDataDirLock } from "./lock";

/** Opens PGlite on `dataDir` (or in memory when null) and applies migrations. */
export async function openPglite(dataDir: string | null): Promise<DatabaseHandle> {
  let releaseLock = () => {};
  if (dataDir) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    // PGlite is single-process: a second process on the same folder corrupts it.
    releaseLock = acquireDataDirLock(dataDir);
  }
  try {
    const client = await PGlite.create(dataDir ?? undefined, { extensions: { pg_trgm } });
    const db = drizzle(client, { schema });
    await migrate(db, { migrationsFolder });
    return {
      db,
      kind: "pglite",
      close: async () => {
        await client.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}
