import type { Db } from "./types";

/** What a StatementCounter saw: every statement sent to the server, BEGIN and COMMIT included. */
export type StatementCounter = {
  /** The statements sent since the counter started (or was last reset), in order. */
  readonly statements: string[];
  readonly count: number;
  reset(): void;
  /** Puts the driver back as it was. */
  stop(): void;
};

type QueryFn = (...args: unknown[]) => Promise<unknown>;
type PgliteTx = { query: QueryFn; exec: QueryFn };
type PgliteClient = PgliteTx & { transaction: (fn: (tx: PgliteTx) => Promise<unknown>) => Promise<unknown> };
type PgClient = { query: (...args: unknown[]) => unknown };
type PgPool = { connect: (...args: unknown[]) => unknown };

const textOf = (query: unknown) =>
  typeof query === "string" ? query : typeof query === "object" && query && "text" in query ? String(query.text) : String(query);

/**
 * For tests: counts the statements `db` sends to the database, one per round trip (the drivers
 * send one statement at a time and wait for its answer). Wraps the driver under drizzle — PGlite's
 * query/exec/transaction, or each pg client the pool hands out — so every path is counted alike:
 * drizzle queries, raw `execute`, and the BEGIN/COMMIT a transaction costs.
 */
export function countStatements(db: Db): StatementCounter {
  const statements: string[] = [];
  const record = (text: string) => {
    const statement = text.replace(/\s+/g, " ").trim();
    // node-postgres sends drizzle's lower-case `begin`/`commit`; PGlite its own: spelled alike here.
    statements.push(/^(begin|commit|rollback)$/i.test(statement) ? statement.toUpperCase() : statement);
  };
  const client = (db as unknown as { $client: unknown }).$client;
  const restore: (() => void)[] = [];

  const wrap = <T extends object>(target: T, key: keyof T & string, before: (args: unknown[]) => void) => {
    const original = target[key] as unknown as QueryFn;
    const had = Object.prototype.hasOwnProperty.call(target, key);
    (target as Record<string, unknown>)[key] = function (this: unknown, ...args: unknown[]) {
      before(args);
      return original.apply(this, args);
    };
    restore.push(() => {
      if (had) (target as Record<string, unknown>)[key] = original;
      else delete (target as Record<string, unknown>)[key];
    });
  };

  if (client && typeof client === "object" && "transaction" in client && "exec" in client) {
    const pglite = client as PgliteClient;
    wrap(pglite, "query", (args) => record(textOf(args[0])));
    wrap(pglite, "exec", (args) => record(textOf(args[0])));
    const transaction = pglite.transaction;
    pglite.transaction = function (fn) {
      return transaction.call(this, async (tx) => {
        record("BEGIN");
        // A fresh object per transaction: count its statements on it directly.
        const { query, exec } = tx;
        tx.query = (...args) => (record(textOf(args[0])), query(...args));
        tx.exec = (...args) => (record(textOf(args[0])), exec(...args));
        try {
          const result = await fn(tx);
          record("COMMIT");
          return result;
        } catch (error) {
          record("ROLLBACK");
          throw error;
        }
      });
    };
    restore.push(() => {
      pglite.transaction = transaction;
    });
  } else if (client && typeof client === "object" && "connect" in client) {
    // Every query of a pool (pool.query included) runs on a client it hands out: count there, once per client.
    const pool = client as PgPool;
    const counted = new WeakSet<object>();
    const wrapClient = (pgClient: PgClient | undefined) => {
      if (!pgClient || counted.has(pgClient)) return;
      counted.add(pgClient);
      wrap(pgClient, "query", (args) => record(textOf(args[0])));
    };
    const connect = pool.connect;
    pool.connect = function (this: unknown, ...args: unknown[]) {
      const callback = args[0];
      if (typeof callback === "function") {
        return connect.call(this, (error: unknown, pgClient: PgClient | undefined, done: unknown) => {
          wrapClient(pgClient);
          callback(error, pgClient, done);
        });
      }
      return (connect.call(this) as Promise<PgClient>).then((pgClient) => (wrapClient(pgClient), pgClient));
    };
    restore.push(() => {
      pool.connect = connect;
    });
  } else {
    throw new Error("countStatements: neither a PGlite nor a node-postgres database");
  }

  return {
    statements,
    get count() {
      return statements.length;
    },
    reset: () => void statements.splice(0),
    stop: () => {
      for (const undo of restore.splice(0).reverse()) undo();
    },
  };
}
