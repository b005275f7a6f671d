import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import type { PoolClient } from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { testDatabaseUrl } from "@/lib/testing/test-db";
import { ResilientPool } from "./pool";

/** Rejects instead of hanging forever, so an exhausted pool fails the test with a clear message. */
function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} never got a connection: the pool lost its client`)), 10_000);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// Drops the network under a client the moment the pool hands it out, before drizzle sends BEGIN:
// what a PostgreSQL restart does to a transaction that is just starting.
function dropConnectionOnCheckout(client: PoolClient) {
  (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
}

describe.runIf(Boolean(testDatabaseUrl))("ResilientPool on PostgreSQL", () => {
  let pool: ResilientPool | undefined;
  afterEach(async () => {
    await pool?.end();
    pool = undefined;
  });

  it("gives the slot back when a transaction's connection dies at BEGIN, so the next query runs", async () => {
    pool = new ResilientPool({ connectionString: testDatabaseUrl, max: 1 });
    pool.on("error", () => {});
    pool.on("connect", (client) => client.on("error", () => {}));
    const db = drizzle(pool);

    for (let round = 1; round <= 3; round++) {
      pool.once("acquire", dropConnectionOnCheckout);
      // Refused by the dropped connection itself, not by `within` giving up on a lost client.
      const error = await within(
        db.transaction(async (tx) => tx.execute(sql`select 1`)),
        `transaction ${round}`,
      ).then(
        () => new Error("the transaction succeeded"),
        (reason: Error) => reason,
      );
      expect(error.message, `transaction ${round}`).toMatch(/^Failed query: begin/);
      expect(pool.totalCount, `clients still counted after failure ${round}`).toBe(0);
    }
    const result = await within(db.execute(sql`select 41 + 1 as answer`), "the query after the failures");
    expect(result.rows).toEqual([{ answer: 42 }]);
    expect(
      await within(
        db.transaction(async (tx) => (await tx.execute(sql`select 'ok' as state`)).rows),
        "a transaction after the failures",
      ),
    ).toEqual([{ state: "ok" }]);
  });

  it("a client released by its user after its connection ended is not released twice", async () => {
    pool = new ResilientPool({ connectionString: testDatabaseUrl, max: 1 });
    pool.on("error", () => {});
    const client = await pool.connect();
    client.on("error", () => {});
    const ended = new Promise<void>((resolve) => client.once("end", () => resolve()));
    dropConnectionOnCheckout(client);
    await ended;
    expect(() => client.release()).not.toThrow();
    expect((await within(pool.query("select 1 as one"), "the next query")).rows).toEqual([{ one: 1 }]);
  });
});
