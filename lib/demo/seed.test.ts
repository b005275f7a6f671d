import { sql, type SQL } from "drizzle-orm";
import { queryRows } from "@/lib/db/rows";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATEGORY_SLUGS } from "@/db/seed/types";
import { verifyPassword } from "@/lib/auth/password";
import { isValidEan13 } from "@/lib/catalog/gtin";
import type { DatabaseHandle, Db } from "@/lib/db";
import { applyBps } from "@/lib/pricing/money";
import { createTestDatabase } from "@/lib/testing/test-db";
import { DEMO_PASSWORD, demoAccounts } from "./accounts";
import { seedDemoData, type SeedSummary } from "./seed";

let handle: DatabaseHandle;
let db: Db;
let first: SeedSummary;

const rows = <T>(query: SQL) => queryRows<T>(db, query);

async function one<T>(query: ReturnType<typeof sql>): Promise<T> {
  return (await rows<T>(query))[0];
}

/** Row count and an md5 of every row's text, for every table in the public schema. */
async function snapshot() {
  const tables = await rows<{ name: string }>(
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const result: Record<string, { count: number; checksum: string }> = {};
  for (const { name } of tables) {
    const table = sql.identifier(name);
    result[name] = await one(
      sql`select count(*)::int as count, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as checksum from ${table} t`,
    );
  }
  return result;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  first = await seedDemoData(db);
}, 300_000);

afterAll(async () => {
  await handle?.close();
});

describe("seedDemoData on an empty database", () => {
  it("writes the catalog the spec asks for", async () => {
    expect(first.historySeeded).toBe(true);
    const counts = await one<{ stores: number; skus: number; products: number }>(
      sql`select (select count(*)::int from stores) as stores, (select count(*)::int from skus) as skus, (select count(*)::int from products) as products`,
    );
    expect(counts.stores).toBe(3);
    expect(counts.skus).toBeGreaterThanOrEqual(300);
    expect(counts.products).toBeGreaterThanOrEqual(130);

    const categories = await rows<{ slug: string; products: number }>(
      sql`select c.slug, count(p.id)::int as products from categories c left join products p on p.category_id = c.id group by c.slug order by c.slug`,
    );
    expect(categories.map((c) => c.slug).sort()).toEqual([...CATEGORY_SLUGS].sort());
    for (const category of categories) expect(category.products).toBeGreaterThanOrEqual(8);

    const codes = await rows<{ code: string; name: string; tz: string; tax: number }>(
      sql`select code, name, timezone as tz, tax_rate_bps as tax from stores order by name`,
    );
    expect(codes).toEqual([
      { code: "sea", name: "Aisle Capitol Hill", tz: "America/Los_Angeles", tax: 1035 },
      { code: "den", name: "Aisle LoDo", tz: "America/Denver", tax: 881 },
      { code: "pdx", name: "Aisle Pearl District", tz: "America/Los_Angeles", tax: 0 },
    ]);
  });

  it("uses curated copy: no placeholders, every product with a brand, a description and its own image", async () => {
    const suspicious = await rows<{ name: string }>(
      sql`select name from products where name ~* '^product [0-9]' or description ~* 'lorem|ipsum' or brand = '' or length(description) < 40`,
    );
    expect(suspicious).toEqual([]);
    const images = await rows<{ slug: string; images: string[] }>(sql`select slug, images from products`);
    for (const p of images) expect(p.images).toEqual([`/images/products/${p.slug}.svg`]);
    const sale = await one<{ n: number }>(sql`select count(*)::int as n from skus where compare_at_cents > price_cents`);
    expect(sale.n).toBeGreaterThan(5);
  });

  it("gives every SKU a valid, unique EAN-13", async () => {
    const gtins = await rows<{ gtin: string }>(sql`select gtin from skus`);
    expect(new Set(gtins.map((g) => g.gtin)).size).toBe(gtins.length);
    for (const { gtin } of gtins) expect(isValidEan13(gtin), gtin).toBe(true);
  });

  it("creates the demo accounts with the right roles and stores", async () => {
    const accounts = await rows<{ email: string; role: string; store: string | null; hash: string }>(
      sql`select u.email, u.role, s.code as store, u.password_hash as hash from users u left join stores s on s.id = u.store_id`,
    );
    const byEmail = new Map(accounts.map((a) => [a.email, a]));
    expect(byEmail.get("shopper@example.com")).toMatchObject({ role: "shopper", store: null });
    expect(byEmail.get("admin@example.com")).toMatchObject({ role: "admin", store: null });
    // The first store at /stores (by name) is Capitol Hill.
    expect(byEmail.get("associate@example.com")).toMatchObject({ role: "associate", store: "sea" });
    expect(byEmail.get("manager@example.com")).toMatchObject({ role: "manager", store: "sea" });
    for (const code of ["pdx", "den"]) {
      expect(byEmail.get(`associate.${code}@example.com`)).toMatchObject({ role: "associate", store: code });
      expect(byEmail.get(`manager.${code}@example.com`)).toMatchObject({ role: "manager", store: code });
    }
    for (const account of demoAccounts) expect(byEmail.has(account.email)).toBe(true);
    expect(accounts.filter((a) => a.role === "shopper").length).toBeGreaterThanOrEqual(21);
    expect(await verifyPassword(byEmail.get("manager.den@example.com")!.hash, DEMO_PASSWORD)).toBe(true);
  });

  it("keeps every stock ledger equal to its inventory row", async () => {
    const inventoryRows = await one<{ n: number }>(sql`select count(*)::int as n from inventory`);
    expect(inventoryRows.n).toBe(3 * first.totals.skus);
    const mismatched = await rows(sql`
      select i.store_id, i.sku_id from inventory i
      left join (select store_id, sku_id, sum(on_hand_delta)::int as on_hand, sum(reserved_delta)::int as reserved
                   from stock_movements group by store_id, sku_id) m
        on m.store_id = i.store_id and m.sku_id = i.sku_id
      where coalesce(m.on_hand, 0) <> i.on_hand or coalesce(m.reserved, 0) <> i.reserved`);
    expect(mismatched).toEqual([]);
    // Stock never went below zero at any point of the story.
    const negative = await rows(sql`
      select 1 from (select sum(on_hand_delta) over (partition by store_id, sku_id order by created_at, id) as running
                       from stock_movements) m where running < 0 limit 1`);
    expect(negative).toEqual([]);
  });

  it("stocks each store differently: sold out here, a few left there", async () => {
    const perStore = await rows<{ code: string; sold_out: number; low: number; aisles: number }>(sql`
      select s.code,
             count(*) filter (where i.on_hand - i.reserved = 0)::int as sold_out,
             count(*) filter (where i.on_hand - i.reserved between 1 and 3)::int as low,
             count(distinct i.aisle)::int as aisles
        from inventory i join stores s on s.id = i.store_id group by s.code`);
    expect(perStore).toHaveLength(3);
    for (const store of perStore) {
      expect(store.sold_out).toBeGreaterThan(2);
      expect(store.low).toBeGreaterThan(5);
      expect(store.aisles).toBeGreaterThanOrEqual(10);
    }
    const showcase = await rows<{ code: string; available: number }>(sql`
      select s.code, i.on_hand - i.reserved as available from inventory i join stores s on s.id = i.store_id
        join skus k on k.id = i.sku_id where k.code = 'COF-001-250G' order by s.code`);
    expect(showcase).toEqual([
      { code: "den", available: 0 },
      { code: "pdx", available: 2 },
      { code: "sea", available: 28 },
    ]);
    const differing = await one<{ n: number }>(sql`
      select count(*)::int as n from (select sku_id from inventory group by sku_id having count(distinct on_hand) > 1) d`);
    expect(differing.n).toBeGreaterThan(first.totals.skus / 2);
  });

  it("makes every order add up, with the store's tax rounded half-up", async () => {
    const orders = await rows<{
      subtotal: number;
      discount: number;
      tax: number;
      fee: number;
      total: number;
      bps: number;
      lines: number;
      line_discounts: number;
      gross: number;
    }>(sql`
      select o.subtotal_cents as subtotal, o.discount_cents as discount, o.tax_cents as tax, o.delivery_fee_cents as fee,
             o.total_cents as total, s.tax_rate_bps as bps,
             sum(l.line_total_cents)::int as lines, sum(l.discount_cents)::int as line_discounts,
             sum(l.unit_price_cents * l.quantity)::int as gross
        from orders o join stores s on s.id = o.store_id join order_lines l on l.order_id = o.id
       group by o.id, s.tax_rate_bps`);
    expect(orders.length).toBe(first.totals.orders);
    for (const o of orders) {
      expect(o.gross).toBe(o.subtotal);
      expect(o.line_discounts).toBe(o.discount);
      expect(o.lines).toBe(o.subtotal - o.discount);
      expect(o.tax).toBe(applyBps(o.subtotal - o.discount, o.bps));
      expect(o.total).toBe(o.subtotal - o.discount + o.tax + o.fee);
    }
    const payments = await rows(sql`
      select 1 from orders o left join payments p on p.order_id = o.id
       where p.id is null or p.amount_cents <> o.total_cents
          or (o.status in ('collected', 'delivered', 'completed') and (p.status <> 'captured' or p.captured_cents <> o.total_cents))
          or (o.status = 'cancelled' and p.status <> 'voided')
          or (o.status in ('placed', 'picking', 'ready') and p.status <> 'authorized')`);
    expect(payments).toEqual([]);
  });

  it("spreads weeks of history over every channel and store, in the past", async () => {
    const mix = await rows<{ code: string; channel: string; fulfilment: string | null; n: number }>(sql`
      select s.code, o.channel, o.fulfilment, count(*)::int as n from orders o join stores s on s.id = o.store_id
       group by 1, 2, 3`);
    for (const code of ["sea", "pdx", "den"]) {
      const kinds = mix.filter((m) => m.code === code).map((m) => `${m.channel}/${m.fulfilment}`);
      expect(kinds).toEqual(expect.arrayContaining(["web/delivery", "web/pickup", "web/curbside", "scan_and_go/null", "kiosk/null"]));
    }
    const span = await one<{ days: number; future: number }>(sql`
      select extract(day from max(placed_at) - min(placed_at))::int as days,
             (select count(*)::int from order_status_history where created_at > now()) as future
        from orders`);
    expect(span.days).toBeGreaterThanOrEqual(18);
    const cancelled = await one<{ n: number }>(sql`select count(*)::int as n from orders where status = 'cancelled'`);
    expect(cancelled.n).toBeGreaterThanOrEqual(3);
    expect(span.future).toBe(0);
    const history = await rows(sql`
      select 1 from orders o where not exists (select 1 from order_status_history h where h.order_id = o.id and h.from_status is null)
          or o.status <> (select h.to_status from order_status_history h where h.order_id = o.id order by h.created_at desc, h.id desc limit 1)`);
    expect(history).toEqual([]);
  });

  it("queues open pickup orders for today in every store, with slots, codes and reserved stock", async () => {
    const open = await rows<{ code: string; statuses: string[]; slots: number; codes: number }>(sql`
      select s.code, array_agg(distinct o.status::text) as statuses, count(o.pickup_slot_id)::int as slots, count(o.pickup_code)::int as codes
        from orders o join stores s on s.id = o.store_id
       where o.status in ('placed', 'picking', 'ready') group by s.code`);
    expect(open).toHaveLength(3);
    for (const store of open) expect(store.slots).toBe(store.codes);
    expect(open.flatMap((o) => o.statuses)).toEqual(expect.arrayContaining(["placed", "picking", "ready"]));

    const reserved = await rows(sql`
      select i.store_id, i.sku_id from inventory i
      full join (select o.store_id, l.sku_id, sum(l.quantity)::int as qty from orders o join order_lines l on l.order_id = o.id
                  where o.status in ('placed', 'picking', 'ready') group by 1, 2) r
        on r.store_id = i.store_id and r.sku_id = i.sku_id
      where coalesce(r.qty, 0) <> coalesce(i.reserved, 0)`);
    expect(reserved).toEqual([]);

    const codes = await rows<{ pickup_code: string }>(sql`select pickup_code from orders where fulfilment in ('pickup', 'curbside')`);
    for (const { pickup_code } of codes) expect(pickup_code).toMatch(/^[2-9A-HJKMNP-Z]{8,}$/);
    const slots = await rows(sql`
      select 1 from pickup_slots p where p.booked <> (select count(*) from orders o where o.pickup_slot_id = p.id and o.status <> 'cancelled')`);
    expect(slots).toEqual([]);
  });

  it("keeps ratings, coupons and promotions consistent", async () => {
    const ratings = await rows(sql`
      select p.slug from products p left join (select product_id, avg(rating) as average, count(*)::int as n from reviews group by product_id) r
        on r.product_id = p.id
       where p.rating_count <> coalesce(r.n, 0) or abs(p.rating_average - coalesce(r.average, 0)) > 0.006`);
    expect(ratings).toEqual([]);
    const reviewed = await one<{ products: number; reviews: number; verified: number }>(sql`
      select count(distinct product_id)::int as products, count(*)::int as reviews, count(*) filter (where verified_purchase)::int as verified from reviews`);
    expect(reviewed.products).toBeGreaterThan(first.totals.products / 2);
    expect(reviewed.verified).toBeGreaterThan(0);

    const coupons = await rows<{ code: string; redeemed: number; used: number }>(sql`
      select c.code, c.redeemed_count as redeemed, (select count(*)::int from promotion_redemptions r where r.coupon_id = c.id) as used from coupons c`);
    expect(coupons.map((c) => c.code).sort()).toEqual(["AISLE10", "WELCOME5"]);
    for (const c of coupons) expect(c.redeemed).toBe(c.used);
    const live = await one<{ live: number; expired: number }>(sql`
      select count(*) filter (where starts_at <= now() and (ends_at is null or ends_at > now()))::int as live,
             count(*) filter (where ends_at <= now())::int as expired from promotions`);
    expect(live.live).toBe(4);
    expect(live.expired).toBe(1);
    const demoCoupons = await one<{ n: number }>(sql`
      select count(*)::int as n from promotion_redemptions r join users u on u.id = r.user_id where u.email = 'shopper@example.com' and r.coupon_id is not null`);
    expect(demoCoupons.n).toBe(0);
  });
});

describe("seeded dates", () => {
  it("tell one story: products on sale before anyone bought or reviewed them, accounts before their orders", async () => {
    const early = await one<{ reviews: number; lines: number; users: number; future: number }>(sql`
      select (select count(*)::int from reviews r join products p on p.id = r.product_id where r.created_at < p.created_at) as reviews,
             (select count(*)::int from order_lines l join orders o on o.id = l.order_id join skus k on k.id = l.sku_id
                join products p on p.id = k.product_id where o.placed_at < p.created_at) as lines,
             (select count(*)::int from orders o join users u on u.id = o.user_id where o.placed_at < u.created_at) as users,
             (select count(*)::int from reviews where created_at > now()) as future`);
    expect(early).toEqual({ reviews: 0, lines: 0, users: 0, future: 0 });
  });
});

describe("seedDemoData run again", () => {
  it("changes nothing", async () => {
    const before = await snapshot();
    const second = await seedDemoData(db);
    expect(second.historySeeded).toBe(false);
    expect(Object.values(second.inserted).every((n) => n === 0)).toBe(true);
    const after = await snapshot();
    expect(after).toEqual(before);
  }, 180_000);
});
