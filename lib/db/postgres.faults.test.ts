import { Client } from "pg";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle, Db } from "@/lib/db";
import { queryRows } from "@/lib/db/rows";
import { listPickupSlots } from "@/lib/fulfilment/slots";
import { startCheckoutLoad, waitFor } from "@/lib/testing/checkout-load";
import { createSku, createStore, stock } from "@/lib/testing/builders";
import { createTestDatabase, testDatabaseUrl } from "@/lib/testing/test-db";

/**
 * PostgreSQL drops every connection of the app (what a restart or a failover does to a pool)
 * while checkouts are running. The app's pool must recover by itself, without a restart: the
 * checkouts in flight may fail with an error, the next ones succeed, and nothing half-written is
 * left behind. (The realtime hub's LISTEN connection: lib/realtime/hub.test.ts.)
 */
describe.runIf(Boolean(testDatabaseUrl))("PostgreSQL connections killed under load", () => {
  let handle: DatabaseHandle;
  let db: Db;

  beforeAll(async () => {
    handle = await createTestDatabase();
    db = handle.db;
  });
  afterAll(() => handle?.close());

  async function killAppConnections() {
    const [{ name }] = await queryRows<{ name: string }>(db, sql`select current_database() as name`);
    const admin = new Client({ connectionString: testDatabaseUrl });
    await admin.connect();
    try {
      const result = await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()", [
        name,
      ]);
      return result.rowCount ?? 0;
    } finally {
      await admin.end();
    }
  }

  it("the pool recovers without a restart and no order is half-written", async () => {
    const store = await createStore(db);
    const { sku } = await createSku(db, { priceCents: 900 });
    await stock(db, { storeId: store.id, skuId: sku.id, onHand: 10_000 });
    const slot = (await listPickupSlots(db, { storeId: store.id }))[0].startsAt;

    const load = startCheckoutLoad(db, { storeId: store.id, skuId: sku.id, slot, lanes: 6 });
    try {
      await waitFor(() => load.ok >= 10, "10 orders before the kill", 30_000);
      expect(await killAppConnections()).toBeGreaterThan(0);
      const okAtKill = load.ok;
      // Keep going: the same pool, no restart, must place orders again.
      await waitFor(() => load.ok >= okAtKill + 10, "10 orders after the connections were killed", 20_000);
    } finally {
      await load.stop();
    }
    // Only the checkouts caught in flight may fail.
    expect(load.failed, "failed checkouts").toBeLessThanOrEqual(30);

    // Nothing half-written, nothing reserved without an order.
    expect(await queryRows(db, sql`select o.id from orders o where not exists (select 1 from order_lines l where l.order_id = o.id)`)).toEqual([]);
    expect(
      await queryRows(
        db,
        sql`select o.id from orders o left join payments p on p.order_id = o.id and p.status = 'authorized' group by o.id having count(p.id) <> 1`,
      ),
    ).toEqual([]);
    const [row] = await queryRows<{ reserved: number; ordered: number }>(
      db,
      sql`select i.reserved, (select coalesce(sum(l.quantity), 0)::int from order_lines l join orders o on o.id = l.order_id where o.store_id = i.store_id and l.sku_id = i.sku_id) as ordered
          from inventory i where i.store_id = ${store.id} and i.sku_id = ${sku.id}`,
    );
    expect(Number(row.reserved)).toBe(Number(row.ordered));
  }, 60_000);
});
