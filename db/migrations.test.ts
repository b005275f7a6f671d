import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { getTableName, is, sql, type SQL } from "drizzle-orm";
import { queryRows } from "@/lib/db/rows";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { getTableConfig, isPgEnum, PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import { migrationsFolder } from "@/lib/db/paths";
import type { DatabaseHandle } from "@/lib/db/types";
import { createTestDatabase } from "@/lib/testing/test-db";

const exported: unknown[] = Object.values(schema);
const tables = exported.filter((value): value is PgTable => is(value, PgTable));
const enums = exported.filter(isPgEnum);
const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as {
  entries: { idx: number; tag: string }[];
};

describe("migrations on an empty database", () => {
  let handle: DatabaseHandle;

  // createTestDatabase applies every committed migration: a broken one fails right here.
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => {
    await handle?.close();
  });

  const rows = <T>(query: SQL) => queryRows<T>(handle.db, query);

  it("records every migration of the journal as applied", async () => {
    const [{ applied }] = await rows<{ applied: number }>(sql`select count(*)::int as applied from drizzle.__drizzle_migrations`);
    expect(journal.entries.length).toBeGreaterThan(0);
    expect(applied).toBe(journal.entries.length);
  });

  it("has a SQL file for every journal entry and no stray SQL file", () => {
    const files = fs
      .readdirSync(migrationsFolder)
      .filter((file) => file.endsWith(".sql"))
      .sort();
    expect(files).toEqual(journal.entries.map((entry) => `${entry.tag}.sql`).sort());
  });

  it("creates every table of the schema with every column", async () => {
    expect(tables.length).toBeGreaterThan(20);
    const existing = await rows<{ table_name: string; column_name: string }>(
      sql`select table_name, column_name from information_schema.columns where table_schema = 'public'`,
    );
    const actual = new Set(existing.map((row) => `${row.table_name}.${row.column_name}`));
    const expected = tables.flatMap((table) => getTableConfig(table).columns.map((column) => `${getTableName(table)}.${column.name}`));
    expect(expected.filter((name) => !actual.has(name))).toEqual([]);
  });

  it("creates every enum with its values", async () => {
    const existing = await rows<{ name: string; labels: string }>(
      sql`select t.typname as name, string_agg(e.enumlabel, ',' order by e.enumsortorder) as labels
          from pg_type t join pg_enum e on e.enumtypid = t.oid group by t.typname`,
    );
    const actual = Object.fromEntries(existing.map((row) => [row.name, row.labels]));
    for (const pgEnum of enums) expect(actual[pgEnum.enumName], pgEnum.enumName).toBe(pgEnum.enumValues.join(","));
  });

  it("creates every CHECK constraint and index the schema declares", async () => {
    const checks = await rows<{ name: string }>(sql`select conname as name from pg_constraint where contype = 'c'`);
    const indexes = await rows<{ name: string }>(sql`select indexname as name from pg_indexes where schemaname = 'public'`);
    const actualChecks = new Set(checks.map((row) => row.name));
    const actualIndexes = new Set(indexes.map((row) => row.name));
    const declaredChecks = tables.flatMap((table) => getTableConfig(table).checks.map((check) => check.name));
    const declaredIndexes = tables.flatMap((table) => getTableConfig(table).indexes.map((index) => index.config.name!));
    expect(declaredChecks).toContain("inventory_on_hand_non_negative");
    expect(declaredChecks.filter((name) => !actualChecks.has(name))).toEqual([]);
    expect(declaredIndexes.filter((name) => !actualIndexes.has(name))).toEqual([]);
  });

  it("has the pg_trgm extension for search", async () => {
    const [{ similar }] = await rows<{ similar: boolean }>(sql`select similarity('granola', 'granloa') > 0.2 as similar`);
    expect(similar).toBe(true);
  });
});

describe("a broken migration", () => {
  it("makes migrate fail instead of being skipped", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "aisle-broken-migration-"));
    try {
      fs.cpSync(migrationsFolder, folder, { recursive: true });
      const tag = "9999_broken";
      fs.writeFileSync(path.join(folder, `${tag}.sql`), `ALTER TABLE "no_such_table" ADD COLUMN "x" integer;`);
      const journalPath = path.join(folder, "meta", "_journal.json");
      const copy = JSON.parse(fs.readFileSync(journalPath, "utf8"));
      copy.entries.push({ idx: copy.entries.length, version: "7", when: Date.now(), tag, breakpoints: true });
      fs.writeFileSync(journalPath, JSON.stringify(copy));

      const client = await PGlite.create({ extensions: { pg_trgm } });
      try {
        await expect(migrate(drizzle(client), { migrationsFolder: folder })).rejects.toThrow(/no_such_table/);
      } finally {
        await client.close();
      }
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("schema and committed migrations", () => {
  it("are in sync: drizzle-kit generate finds nothing to migrate", () => {
    const result = generateAgainstCopyOfMigrations();
    // drizzle-kit exits 0 even when it fails, so the proof is its message and the folder.
    expect(result.newFiles, `schema changed without a migration; run \`npm run db:generate\`\n${result.output}`).toEqual([]);
    expect(result.output).toContain("No schema changes, nothing to migrate");
  });
});

/**
 * Runs `drizzle-kit generate` for the real schema into a throw-away copy of db/migrations,
 * so the committed folder is never touched. Stdin is closed: where drizzle-kit would ask
 * whether a column was renamed it errors out, which the test reports as out of sync too.
 */
function generateAgainstCopyOfMigrations() {
  const root = process.cwd();
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), "aisle-migrations-"));
  try {
    const out = path.join(temp, "migrations");
    fs.cpSync(migrationsFolder, out, { recursive: true });
    const before = listFiles(out);
    const config = path.join(temp, "drizzle.config.json");
    // drizzle-kit resolves `out` against the working directory, so it must be relative.
    fs.writeFileSync(config, JSON.stringify({ dialect: "postgresql", schema: "./db/schema/index.ts", out: path.relative(root, out) }));
    const run = spawnSync(process.execPath, [path.join(root, "node_modules", "drizzle-kit", "bin.cjs"), "generate", `--config=${config}`], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    const after = listFiles(out);
    return {
      newFiles: after.filter((file) => !before.includes(file)),
      output: `${run.stdout}\n${run.stderr}`,
    };
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

function listFiles(folder: string): string[] {
  return (fs.readdirSync(folder, { recursive: true }) as string[]).sort();
}
