import { sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { openDatabase } from "@/lib/db";
import { queryRows } from "@/lib/db/rows";
import { listPickupSlots } from "@/lib/fulfilment/slots";
import { signInCookie } from "./app-client";
import { measureRealtime, type RealtimeResult } from "./realtime";

const SHOPPERS = 50;
const PASSWORD = "bench-password-1";

export type BenchData = Awaited<ReturnType<typeof prepareData>>;

/**
 * What the load needs on top of the demo seed: 50 signed-in shoppers (one per connection, as
 * each real shopper has one cart), 20 SKUs with stock that cannot run out during the run, and
 * pickup slots that cannot fill up — so every measured request does the full work.
 */
export async function prepareData(databaseUrl: string, base: string) {
  const handle = await openDatabase({ url: databaseUrl });
  const { db } = handle;
  const [store] = await queryRows<{ id: string }>(db, sql`select id from stores where code = 'sea'`);
  await db.execute(sql`update stores set pickup_capacity_per_slot = 100000 where id = ${store.id}`);
  await db.execute(sql`update pickup_slots set capacity = 100000 where store_id = ${store.id}`);

  const picks = await queryRows<{ sku_id: string; gtin: string; slug: string; category: string }>(
    db,
    sql`select s.id as sku_id, s.gtin, p.slug, c.slug as category
        from inventory i join skus s on s.id = i.sku_id join products p on p.id = s.product_id join categories c on c.id = p.category_id
        where i.store_id = ${store.id} and i.on_hand - i.reserved > 0 and s.active and p.active
        order by p.slug, s.code limit 20`,
  );
  const skuIds = picks.map((pick) => pick.sku_id);
  await db.execute(sql`update inventory set on_hand = 1000000 where store_id = ${store.id} and sku_id in ${skuIds}`);

  const passwordHash = await hashPassword(PASSWORD);
  const emails = Array.from({ length: SHOPPERS }, (_, i) => `bench-${i}@example.com`);
  await db
    .insert(users)
    .values(emails.map((email, i) => ({ email, name: `Bench Shopper ${i}`, passwordHash, role: "shopper" as const })))
    .onConflictDoNothing();
  const shopperCookies: string[] = [];
  for (const email of emails) shopperCookies.push(await signInCookie(base, email, PASSWORD));

  const [slot] = await listPickupSlots(db, { storeId: store.id });
  const checkoutFields = () => ({
    fulfilment: "pickup",
    storeId: store.id,
    slot: slot.startsAt,
    contactName: "Bench Shopper",
    contactEmail: "bench@example.com",
    cardNumber: "4242 4242 4242 4242",
    cardExpiry: "12/30",
    cardCvc: "123",
  });

  return {
    db,
    skuIds,
    gtin: picks[0].gtin,
    productSlug: picks[0].slug,
    categorySlug: picks[0].category,
    searchTerm: "coffee",
    shopperCookies,
    checkoutFields,
    emptyCarts: () =>
      db.execute(
        sql`delete from cart_lines where cart_id in (select c.id from carts c join users u on u.id = c.user_id where u.email like 'bench-%')`,
      ),
    /** Commit → SSE event on instance B; null (with the reason logged) when it can't be measured. */
    measureRealtime: (bUrl: string): Promise<RealtimeResult | null> =>
      measureRealtime(db, bUrl, { checkoutFields: checkoutFields(), skuId: skuIds[0] }).catch((error) => {
        console.warn(`[bench] real-time latency not measured: ${(error as Error).message}`);
        return null;
      }),
    sizes: async () => {
      const [counts] = await queryRows<Record<string, number>>(
        db,
        sql`select (select count(*)::int from products) as products, (select count(*)::int from skus) as skus,
                   (select count(*)::int from stores) as stores, (select count(*)::int from orders) as orders,
                   (select count(*)::int from stock_movements) as stock_movements, (select count(*)::int from reviews) as reviews`,
      );
      return counts;
    },
    close: () => handle.close(),
  };
}
