import { sql, type SQL } from "drizzle-orm";
import { queryRows } from "./rows";
import type { Db } from "./types";

/**
 * A piece of one combined statement: WITH queries (reads, or writes with RETURNING) and
 * select-list columns that may read them. Writers hand these out (notifyPart, stockChangePart…)
 * so a transaction can send several writes in one round trip. A data-modifying WITH query runs
 * whether or not anything reads it; each sees the statement's snapshot, not the others' writes.
 */
export type StatementPart = { with?: SQL[]; select?: SQL[] };

/** `with … select …` of the parts given (falsy ones skipped); `select 1` when none has a column. */
export function combineParts(parts: (StatementPart | null | undefined | false)[]): SQL {
  const present = parts.filter((part): part is StatementPart => Boolean(part));
  const ctes = present.flatMap((part) => part.with ?? []);
  const columns = present.flatMap((part) => part.select ?? []);
  const withClause = ctes.length ? sql`with ${sql.join(ctes, sql`, `)} ` : sql``;
  return sql`${withClause}select ${columns.length ? sql.join(columns, sql`, `) : sql`1`}`;
}

/** Runs the parts as one statement (one round trip) and answers its one row. */
export async function runParts<T = Record<string, unknown>>(db: Db, ...parts: (StatementPart | null | undefined | false)[]): Promise<T> {
  const [row] = await queryRows<T>(db, combineParts(parts));
  return row;
}
