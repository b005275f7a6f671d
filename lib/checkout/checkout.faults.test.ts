import { spawn } from "node:child_process";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coupons, promotions } from "@/db/schema";
import type { DatabaseHandle, Db } from "@/lib/db";
import { queryRows } from "@/lib/db/rows";
import { listPickupSlots } from "@/lib/fulfilment/slots";
import { hubSourceFor } from "@/lib/realtime/hub";
import { createSku, createStore, stock } from "@/lib/testing/builders";
import { createTestDatabase, testDatabaseUrl } from "@/lib/testing/test-db";

/**
 * The app killed (SIGKILL, no shutdown hooks) in the middle of checkouts: another process,
 * lib/testing/checkout-worker.ts, places orders with Aisle's own placeOrder through its own
 * pool, six at a time, and is killed after a few have committed — three times over. PostgreSQL
 * rolls back whatever was in flight, so every order in the database must be whole (lines,
 * payment, history, slot booking, coupon redemption, emptied cart) and inventory.reserved must
 * equal both the stock ledger and the open orders' lines: no half-written order, no leaked
 * reservation. The worker goes through a recording payment provider and reports, per finished
 * checkout, what it authorised and voided: a placed order holds exactly its own authorisation and
 * a refused checkout gave back every authorisation it took (some pickups are refused on purpose
 * after the card, with a time that isn't one of the store's windows). Needs a PostgreSQL server (TEST_DATABASE_URL); an in-memory PGlite belongs to one
 * process and cannot be shared with a child.
 */
/** One finished checkout as the worker reports it (lib/testing/checkout-worker.ts). */
type Checkout = { placed?: string; refused?: string; planned?: boolean; authorized: string[]; voided: string[] };

describe.runIf(Boolean(testDatabaseUrl))("checkout under SIGKILL", () => {
  let handle: DatabaseHandle;
  let db: Db;
  let url: string;

  beforeAll(async () => {
    handle = await createTestDatabase();
    db = handle.db;
    const source = hubSourceFor(handle);
    if (source.kind !== "postgres") throw new Error("needs PostgreSQL");
    url = source.url;
  });
  afterAll(() => handle?.close());

  const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(db, query);

  /** Starts the worker; resolves once `placed` orders have committed, then kills it with SIGKILL. */
  function runAndKill(args: string[], placedBeforeKill: number) {
    return new Promise<{ placed: number; refused: string[]; inFlight: number; checkouts: Checkout[] }>((resolve, reject) => {
      let inFlight = 0;
      // node itself runs the worker (tsx only as a loader), so the SIGKILL hits the process that
      // holds the connections, not a wrapper.
      const child = spawn(process.execPath, ["--import", "tsx", path.resolve("lib/testing/checkout-worker.ts"), ...args], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      let placed = 0;
      const refused: string[] = [];
      const checkouts: Checkout[] = [];
      let buffer = "";
      let stderr = "";
      let killed = false;
      child.stderr.on("data", (chunk) => (stderr += chunk));
      child.stdout.on("data", (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const line of lines) {
          if (!line.startsWith("{")) continue;
          const checkout = JSON.parse(line) as Checkout;
          checkouts.push(checkout);
          if (checkout.placed) placed++;
          if (checkout.refused && !checkout.planned) refused.push(checkout.refused);
        }
        if (!killed && placed >= placedBeforeKill) {
          killed = true;
          // Freeze it first, so what PostgreSQL sees is what the kill interrupts: six checkouts
          // are in flight at any moment, some of them inside their transaction.
          child.kill("SIGSTOP");
          openTransactions()
            .then((open) => {
              inFlight = open;
              child.kill("SIGKILL");
            })
            .catch((error) => {
              child.kill("SIGKILL");
              reject(error);
            });
        }
      });
      child.on("exit", (_code, signal) => {
        if (signal === "SIGKILL") resolve({ placed, refused, inFlight, checkouts });
        else reject(new Error(`worker exited by itself (${_code}): ${stderr.slice(0, 2000)}`));
      });
    });
  }

  /** Sessions of other clients (the worker) inside a transaction right now. */
  async function openTransactions() {
    const [row] = await rows<{ n: number }>(sql`
      select count(*)::int as n from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null`);
    return Number(row.n);
  }

  /** PostgreSQL notices the dead client's sockets and rolls its transactions back. */
  async function waitForOrphanedSessions() {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const [row] = await rows<{ n: number }>(sql`
        select count(*)::int as n from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and state in ('active', 'idle in transaction', 'idle in transaction (aborted)')`);
      if (Number(row.n) === 0) return;
      if (Date.now() > deadline) throw new Error(`${row.n} sessions of the killed worker are still open`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it("leaves no half-written order and no leaked reservation, three kills in a row", async () => {
    const store = await createStore(db);
    const skuIds: string[] = [];
    for (let i = 0; i < 4; i++) {
      const { sku } = await createSku(db, { priceCents: 500 + i * 250 });
      await stock(db, { storeId: store.id, skuId: sku.id, onHand: 100_000 });
      skuIds.push(sku.id);
    }
    const [promo] = await db
      .insert(promotions)
      .values({ name: "$1 off", kind: "fixed_off", amountCents: 100, scope: "order", requiresCoupon: true, startsAt: new Date(Date.now() - 60_000) })
      .returning();
    await db.insert(coupons).values({ code: "FAULTS", promotionId: promo.id, maxRedemptions: 100_000 });
    const slotIso = (await listPickupSlots(db, { storeId: store.id }))[0].startsAt;

    let placed = 0;
    let interrupted = 0;
    const checkouts: Checkout[] = [];
    for (const round of [1, 2, 3]) {
      const result = await runAndKill([url, store.id, slotIso, "FAULTS", skuIds.join(",")], 6 + round * 2);
      placed += result.placed;
      interrupted += result.inFlight;
      checkouts.push(...result.checkouts);
      // A checkout may be refused (e.g. a deadlock retry would be a bug to look at): never for stock or slots here.
      expect(result.refused.filter((code) => !["conflict"].includes(code))).toEqual([]);
    }
    // The kills did land inside transactions (seen while the worker was frozen).
    expect(interrupted, "transactions open when the worker was killed").toBeGreaterThan(0);
    await waitForOrphanedSessions();

    const [{ n: orderCount }] = await rows<{ n: number }>(sql`select count(*)::int as n from orders`);
    // Everything the workers reported as placed is there (plus any committed just before a kill).
    expect(Number(orderCount)).toBeGreaterThanOrEqual(placed);

    // Every order is whole.
    expect(await rows(sql`select o.id from orders o where not exists (select 1 from order_lines l where l.order_id = o.id)`)).toEqual([]);
    expect(
      await rows(sql`
        select o.id from orders o left join payments p on p.order_id = o.id and p.status = 'authorized'
        group by o.id having count(p.id) <> 1`),
    ).toEqual([]);
    expect(
      await rows(
        sql`select o.id from orders o where not exists (select 1 from order_status_history h where h.order_id = o.id and h.to_status = 'placed')`,
      ),
    ).toEqual([]);
    expect(await rows(sql`select o.id from orders o where o.fulfilment in ('pickup', 'curbside') and o.pickup_slot_id is null`)).toEqual([]);
    expect(await rows(sql`select o.id from orders o join carts c on c.user_id = o.user_id join cart_lines cl on cl.cart_id = c.id`)).toEqual([]);
    // Money on the card, counted at the processor: each placed order authorised once and kept
    // it (it is the order's payment); each refused checkout voided whatever it authorised,
    // including the planned refusals that failed inside the transaction after the card.
    const planned = checkouts.filter((c) => c.planned);
    expect(planned.length, "checkouts refused on purpose after the card").toBeGreaterThan(0);
    for (const c of planned) {
      expect(c.refused).toBe("invalid_input");
      expect(c.authorized).toHaveLength(1);
    }
    for (const c of checkouts.filter((c) => c.refused)) expect(c.voided, `voids of a refused ${c.refused}`).toEqual(c.authorized);
    const refs = new Map(
      (await rows<{ order_id: string; provider_ref: string }>(sql`select order_id, provider_ref from payments where status = 'authorized'`)).map(
        (p) => [p.order_id, p.provider_ref],
      ),
    );
    for (const c of checkouts.filter((c) => c.placed)) {
      expect(c.voided).toEqual([]);
      expect(c.authorized).toEqual([refs.get(c.placed!)]);
    }

    // Slot bookings and coupon redemptions match the orders that made them.
    expect(
      await rows(sql`
        select s.id, s.booked, count(o.id)::int as orders from pickup_slots s left join orders o on o.pickup_slot_id = s.id
        group by s.id having s.booked <> count(o.id)`),
    ).toEqual([]);
    expect(
      await rows(sql`
        select c.code, c.redeemed_count, count(r.id)::int as redemptions from coupons c left join promotion_redemptions r on r.coupon_id = c.id
        group by c.id having c.redeemed_count <> count(r.id)`),
    ).toEqual([]);

    // Reservations: inventory.reserved = the ledger's sum = the open orders' lines. Nothing leaked.
    const stockRows = await rows<{ sku_id: string; reserved: number; ledger: number; ordered: number }>(sql`
      select i.sku_id, i.reserved,
        (select coalesce(sum(m.reserved_delta), 0)::int from stock_movements m where m.store_id = i.store_id and m.sku_id = i.sku_id) as ledger,
        (select coalesce(sum(l.quantity), 0)::int from order_lines l join orders o on o.id = l.order_id
          where o.store_id = i.store_id and l.sku_id = i.sku_id and o.status = 'placed') as ordered
      from inventory i where i.store_id = ${store.id}`);
    expect(stockRows).toHaveLength(4);
    for (const row of stockRows) {
      expect(Number(row.reserved), `reserved vs ledger for ${row.sku_id}`).toBe(Number(row.ledger));
      expect(Number(row.reserved), `reserved vs open order lines for ${row.sku_id}`).toBe(Number(row.ordered));
    }
    expect(stockRows.reduce((n, row) => n + Number(row.reserved), 0)).toBeGreaterThan(0);
  }, 180_000);
});
