import type { inventory, stockMovements } from "@/db/schema";
import type { CategorySlug } from "@/db/seed/types";
import { stockKey, type SeedSku, type SeedStore } from "./context";
import type { Random } from "./random";

export type InventoryRow = typeof inventory.$inferInsert;
export type MovementRow = typeof stockMovements.$inferInsert & { createdAt: Date };

const DAY = 86_400_000;

/** Groceries and household goods are stocked deep; hard goods a few units per variant. */
const DEPTH: Record<CategorySlug, [min: number, max: number]> = {
  pantry: [3, 7],
  "coffee-tea": [2, 6],
  snacks: [4, 8],
  kitchen: [1, 2],
  cleaning: [3, 6],
  "personal-care": [2, 5],
  audio: [1, 2],
  outdoor: [1, 2],
  pets: [2, 4],
  apparel: [1, 2],
};

/** Each store leans a little differently: Denver sells gear, Seattle coffee, Portland a bit of everything. */
const STORE_BIAS: Record<string, Partial<Record<CategorySlug, number>>> = {
  sea: { "coffee-tea": 1.4, pantry: 1.2, outdoor: 0.8 },
  pdx: { audio: 1.3, apparel: 1.2, snacks: 1.2 },
  den: { outdoor: 1.8, apparel: 1.3, pets: 1.3, "coffee-tea": 0.8 },
};

export const storeBias = (storeCode: string, category: CategorySlug) => STORE_BIAS[storeCode]?.[category] ?? 1;

/** Stock we want on the shelf at the end of the story, before today's open pickup orders reserve some. */
export const STOCK_STORIES: Record<string, Record<string, number>> = {
  // The flagship single origin: plenty in Seattle, "only 2 left" in Portland, sold out in Denver.
  "COF-001-250G": { sea: 28, pdx: 2, den: 0 },
  // The tent: last one in Seattle, a few in Portland, well stocked by the mountains.
  "OUT-001-FORES": { sea: 1, pdx: 3, den: 9 },
  // Headphones on promotion: sold out in Portland.
  "AUD-001-GRAPH": { sea: 4, pdx: 0, den: 3 },
};

/** How many units of each SKU each store should end up with: some sold out, some nearly. */
export function planStockTargets(rng: Random, stores: SeedStore[], skus: SeedSku[]) {
  const targets = new Map<string, number>();
  for (const store of stores) {
    for (const sku of skus) {
      const story = STOCK_STORIES[sku.code]?.[store.code];
      if (story !== undefined) {
        targets.set(stockKey(store.id, sku.id), story);
        continue;
      }
      const roll = rng.next();
      let units: number;
      if (roll < 0.035)
        units = 0; // sold out here
      else if (roll < 0.1)
        units = rng.int(1, 3); // "only a few left"
      else {
        const [min, max] = DEPTH[sku.categorySlug];
        units = Math.round(rng.int(min, max) * (1 + sku.velocity) * storeBias(store.code, sku.categorySlug));
        if (sku.categorySlug === "apparel" && /^(S|XL|XS)$/.test(sku.attributes.size ?? "")) units = Math.max(1, units - 2);
      }
      targets.set(stockKey(store.id, sku.id), units);
    }
  }
  return targets;
}

/** Aisle and bay per store: every store orders its bays differently. */
export function planLocations(rng: Random, stores: SeedStore[], skus: SeedSku[]) {
  const locations = new Map<string, { aisle: string; bay: string }>();
  for (const store of stores) {
    const byCategory = new Map<CategorySlug, string[]>();
    for (const sku of skus) {
      const list = byCategory.get(sku.categorySlug) ?? [];
      if (!list.includes(sku.productId)) list.push(sku.productId);
      byCategory.set(sku.categorySlug, list);
    }
    const place = new Map<string, { aisle: string; bay: string }>();
    for (const [category, productIds] of byCategory) {
      const aisles = store.aisles[category];
      const order = rng.shuffle(productIds);
      const perAisle = Math.ceil(order.length / aisles.length);
      order.forEach((productId, i) => {
        const aisle = aisles[Math.floor(i / perAisle)];
        place.set(productId, { aisle, bay: String((i % perAisle) + 1).padStart(2, "0") });
      });
    }
    for (const sku of skus) locations.set(stockKey(store.id, sku.id), place.get(sku.productId)!);
  }
  return locations;
}

type FinalizeInput = {
  rng: Random;
  now: Date;
  stores: SeedStore[];
  skus: SeedSku[];
  targets: Map<string, number>;
  locations: Map<string, { aisle: string; bay: string }>;
  /** Movements written by past and open orders (reservations, sales, handovers…). */
  orderMovements: MovementRow[];
};

/**
 * Receipts (an opening delivery four weeks ago, a restock last week for the fast movers)
 * and the odd damaged unit, sized so that every ledger sums exactly to the inventory row.
 */
export function finalizeStock({ rng, now, stores, skus, targets, locations, orderMovements }: FinalizeInput) {
  const byKey = new Map<string, MovementRow[]>();
  for (const m of orderMovements) {
    const key = stockKey(m.storeId, m.skuId);
    byKey.set(key, [...(byKey.get(key) ?? []), m]);
  }
  const openingAt = new Date(now.getTime() - 28 * DAY);
  const restockAt = new Date(now.getTime() - 7 * DAY);
  const shrinkAt = new Date(now.getTime() - 4 * DAY);

  const rows: InventoryRow[] = [];
  const movements: MovementRow[] = [...orderMovements];
  for (const store of stores) {
    for (const sku of skus) {
      const key = stockKey(store.id, sku.id);
      const own = byKey.get(key) ?? [];
      const target = targets.get(key) ?? 0;
      const reserved = own.reduce((sum, m) => sum + (m.reservedDelta ?? 0), 0);
      const consumed = -own.reduce((sum, m) => sum + (m.onHandDelta ?? 0), 0);
      const shrink = target > 0 && rng.chance(0.02) ? 1 : 0;
      const consumedAfterRestock = -own.filter((m) => m.createdAt >= restockAt).reduce((sum, m) => sum + (m.onHandDelta ?? 0), 0);
      const restock = sku.velocity >= 3 ? Math.floor((target + consumedAfterRestock) / 2) : 0;
      const opening = target + consumed + shrink - restock;
      const base = { storeId: store.id, skuId: sku.id, actorUserId: store.managerId };
      if (opening > 0) movements.push({ ...base, reason: "receipt", onHandDelta: opening, note: "Opening stock delivery", createdAt: openingAt });
      if (restock > 0) movements.push({ ...base, reason: "receipt", onHandDelta: restock, note: "Weekly restock", createdAt: restockAt });
      if (shrink > 0) movements.push({ ...base, reason: "shrink", onHandDelta: -shrink, note: "Damaged on the shelf", createdAt: shrinkAt });
      const lastChange = [openingAt, ...own.map((m) => m.createdAt)].reduce((a, b) => (b > a ? b : a));
      rows.push({ storeId: store.id, skuId: sku.id, onHand: target, reserved, ...locations.get(key)!, updatedAt: lastChange });
    }
  }
  movements.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return { inventory: rows, movements };
}
