import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { openDatabase } from "@/lib/db";
import type { DatabaseHandle } from "@/lib/db/types";

/** The PostgreSQL server to test against, if any; otherwise tests run on in-memory PGlite. */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

/**
 * A fresh, migrated, empty database for one test file: an in-memory PGlite, or, when
 * TEST_DATABASE_URL is set, a throw-away database on that PostgreSQL server.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  if (!testDatabaseUrl) return openDatabase({ url: null, dataDir: null });

  const name = `aisle_test_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();

  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const dropper = new Client({ connectionString: testDatabaseUrl });
      await dropper.connect();
      try {
        // An autovacuum worker may still be busy in the database after a heavy test; it runs
        // as the server's superuser, so a non-superuser's FORCE cannot end it. It finishes
        // within moments: wait and try again.
        for (let attempt = 1; ; attempt++) {
          try {
            await dropper.query(`drop database if exists ${name} with (force)`);
            break;
          } catch (error) {
            if (attempt >= 40) throw error;
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
        }
      } finally {
        await dropper.end();
      }
    },
  };
}
