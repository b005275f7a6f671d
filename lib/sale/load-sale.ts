import { sql } from "drizzle-orm";
import type { OpeningHours } from "@/db/schema";
import type { Db } from "@/lib/db";
import { runNamedParts } from "@/lib/db/statement";
import { priceFactsOf, priceFactsPart, type Channel, type PriceFacts } from "@/lib/pricing/service";

/** The store as a sale needs it beyond pricing: its code (exit passes) and its pickup hours and slots. */
export type SaleStore = {
  id: string;
  code: string;
  timezone: string;
  openingHours: OpeningHours;
  pickupSlotMinutes: number;
  pickupCapacityPerSlot: number;
};

/** Everything a sale reads before the card is charged, read in one statement (loadSale). */
export type SaleFacts = {
  /** The order this idempotency key already made, whoever's it is. */
  existing: { orderId: string; number: string; userId: string | null } | null;
  /** The shopper's cart (null: none, or `cartId` is not theirs). */
  cartId: string | null;
  /** Its lines in SKU order. */
  lines: { skuId: string; quantity: number }[];
  /** Units free to sell (on hand − reserved) at the store, per line's SKU. */
  available: Map<string, number>;
  store: SaleStore | null;
  /** The shopper's name and e-mail as the account has them now. */
  shopper: { name: string; email: string } | null;
  price: PriceFacts;
};

type SaleRow = {
  existing: { orderId: string; number: string; userId: string | null } | null;
  cart_id: string | null;
  lines: { skuId: string; quantity: number; available: number }[] | null;
  store: SaleStore | null;
  shopper: { name: string; email: string } | null;
  price_store: unknown;
  price_skus: unknown;
  price_promotions: unknown;
};

/**
 * Reads, in one round trip, what every channel checks before charging a card: an order the
 * key already made, the shopper's cart and its lines with the stock free for each at the store,
 * the store, the shopper, and what pricing needs (priceFactsPart). Reads only: the sale's
 * transaction checks it all again under its locks (recordSale).
 */
export async function loadSale(
  db: Db,
  scope: { idempotencyKey: string; userId: string; cartId?: string; storeId: string; channel: Channel; now: Date },
): Promise<SaleFacts> {
  const cartOf = scope.cartId ? sql`c.id = ${scope.cartId} and c.user_id = ${scope.userId}` : sql`c.user_id = ${scope.userId}`;
  const row = await runNamedParts<SaleRow>(
    db,
    "load_sale",
    {
      with: [
        sql`sale_cart as (select c.id from carts c where ${cartOf})`,
        sql`sale_lines as (select l.sku_id, l.quantity from cart_lines l where l.cart_id = (select id from sale_cart))`,
      ],
      select: [
        sql`(select json_build_object('orderId', o.id, 'number', o.number, 'userId', o.user_id)
             from orders o where o.idempotency_key = ${scope.idempotencyKey}) as existing`,
        sql`(select id from sale_cart) as cart_id`,
        sql`(select json_agg(json_build_object('skuId', l.sku_id, 'quantity', l.quantity,
               'available', greatest(coalesce(i.on_hand - i.reserved, 0), 0)) order by l.sku_id)
             from sale_lines l left join inventory i on i.store_id = ${scope.storeId} and i.sku_id = l.sku_id) as lines`,
        sql`(select json_build_object('id', s.id, 'code', s.code, 'timezone', s.timezone, 'openingHours', s.opening_hours,
               'pickupSlotMinutes', s.pickup_slot_minutes, 'pickupCapacityPerSlot', s.pickup_capacity_per_slot)
             from stores s where s.id = ${scope.storeId}) as store`,
        sql`(select json_build_object('name', u.name, 'email', u.email) from users u where u.id = ${scope.userId}) as shopper`,
      ],
    },
    priceFactsPart({ ...scope, skuIds: sql`select sku_id from sale_lines` }),
  );
  const lines = row.lines ?? [];
  return {
    existing: row.existing,
    cartId: row.cart_id,
    lines: lines.map(({ skuId, quantity }) => ({ skuId, quantity })),
    available: new Map(lines.map((line) => [line.skuId, Number(line.available)])),
    store: row.store,
    shopper: row.shopper,
    price: priceFactsOf(row),
  };
}
