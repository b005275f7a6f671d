import { Pool, type PoolClient } from "pg";

/**
 * A pg Pool that never loses a client to a dropped connection.
 *
 * drizzle-orm 0.45's node-postgres `transaction()` checks a client out and sends BEGIN before
 * the try/finally that releases it (drizzle-team/drizzle-orm#6241, still open). When BEGIN fails
 * because the server dropped the connection (a restart, a failover, an admin kill), that client
 * is never released: each such failure costs the pool one slot for good, and after `max` of them
 * every query waits forever. So a checked-out client whose connection ends is released here, with
 * the error, which makes the pool discard it; its user's own release afterwards is a no-op.
 */
export class ResilientPool extends Pool {
  connect(): Promise<PoolClient>;
  connect(callback: (err: Error | undefined, client: PoolClient | undefined, done: (release?: unknown) => void) => void): void;
  connect(callback?: (err: Error | undefined, client: PoolClient | undefined, done: (release?: unknown) => void) => void) {
    // The callback form is what pool.query() uses internally; it always releases by itself.
    if (callback) return super.connect(callback);
    return super.connect().then(releasedWhenConnectionEnds);
  }
}

function releasedWhenConnectionEnds(client: PoolClient): PoolClient {
  const release = client.release;
  let released = false;
  const onEnd = () => releaseOnce(new Error("PostgreSQL connection ended while checked out"));
  const releaseOnce = (error?: Error | boolean) => {
    if (released) return;
    released = true;
    client.off("end", onEnd);
    release(error);
  };
  client.once("end", onEnd);
  client.release = releaseOnce;
  return client;
}
