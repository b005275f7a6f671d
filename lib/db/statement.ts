import { createHash } from "node:crypto";
import { sql, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { queryRows } from "./rows";
import type { Db } from "./types";

/**
 * A piece of one combined statement: WITH queries (reads, or writes with RETURNING) and
 * select-list columns that may read them. Writers hand these out (notifyPart, stockChangePart…)
 * so a transaction can send several writes in one round trip. A data-modifying WITH query runs
 * whether or not anything reads it; each sees the statement's snapshot, not the others' writes.
 */
export type StatementPart = { with?: SQL[]; select?: SQL[]; /** The select's FROM (one part at most). */ from?: SQL };

/** `with … select …` of the parts given (falsy ones skipped); `select 1` when none has a column. */
export function combineParts(parts: (StatementPart | null | undefined | false)[]): SQL {
  const present = parts.filter((part): part is StatementPart => Boolean(part));
  const ctes = present.flatMap((part) => part.with ?? []);
  const columns = present.flatMap((part) => part.select ?? []);
  const from = present.find((part) => part.from)?.from;
  const withClause = ctes.length ? sql`with ${sql.join(ctes, sql`, `)} ` : sql``;
  return sql`${withClause}select ${columns.length ? sql.join(columns, sql`, `) : sql`1`}${from ? sql` from ${from}` : sql``}`;
}

/** Runs the parts as one statement (one round trip) and answers its one row. */
export async function runParts<T = Record<string, unknown>>(db: Db, ...parts: (StatementPart | null | undefined | false)[]): Promise<T> {
  const [row] = await queryRows<T>(db, combineParts(parts));
  return row;
}

const dialect = new PgDialect();

/**
 * Runs `query` as a named prepared statement: PostgreSQL parses and plans it once per
 * connection, then only binds and executes (PGlite runs it as any query). For hot queries of a
 * fixed shape only — each distinct text is one more statement kept on every connection. The
 * name carries a hash of the text, so a name never stands for two texts.
 */
export async function queryNamed<T>(db: Db, label: string, query: SQL): Promise<T[]> {
  const built = dialect.sqlToQuery(query);
  const name = `${label}_${createHash("sha1").update(built.sql).digest("hex").slice(0, 10)}`;
  const result = await db._.session.prepareQuery({ sql: built.sql, params: built.params }, undefined, name, false).execute();
  return (result as { rows: T[] }).rows;
}

/** runParts as a named prepared statement (queryNamed): for combined statements of a fixed shape. */
export async function runNamedParts<T = Record<string, unknown>>(
  db: Db,
  label: string,
  ...parts: (StatementPart | null | undefined | false)[]
): Promise<T> {
  const [row] = await queryNamed<T>(db, label, combineParts(parts));
  return row;
}
