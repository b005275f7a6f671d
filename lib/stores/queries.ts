import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { categories, inventory, products, skus, stores, type OpeningHours } from "@/db/schema";
import type { Db } from "@/lib/db";

/** What store lists and the "My store" chip need. */
export type StoreSummary = {
  id: string;
  code: string;
  name: string;
  street: string;
  city: string;
  region: string;
  postalCode: string;
  phone: string;
  timezone: string;
  openingHours: OpeningHours;
};

export type StoreDetail = StoreSummary & {
  country: string;
  currency: string;
  latitude: number;
  longitude: number;
  pickupSlotMinutes: number;
  pickupCapacityPerSlot: number;
  uncollectedDays: number;
};

const summaryColumns = {
  id: stores.id,
  code: stores.code,
  name: stores.name,
  street: stores.street,
  city: stores.city,
  region: stores.region,
  postalCode: stores.postalCode,
  phone: stores.phone,
  timezone: stores.timezone,
  openingHours: stores.openingHours,
};

const detailColumns = {
  ...summaryColumns,
  country: stores.country,
  currency: stores.currency,
  latitude: stores.latitude,
  longitude: stores.longitude,
  pickupSlotMinutes: stores.pickupSlotMinutes,
  pickupCapacityPerSlot: stores.pickupCapacityPerSlot,
  uncollectedDays: stores.uncollectedDays,
};

/** Every store, by name: the order of the store finder (and "the first store"). */
export async function listStores(db: Db): Promise<StoreSummary[]> {
  return db.select(summaryColumns).from(stores).orderBy(asc(stores.name), asc(stores.code));
}

/** Every store's code, in code order (the sitemap). */
export async function listStoreCodes(db: Db): Promise<string[]> {
  const rows = await db.select({ code: stores.code }).from(stores).orderBy(asc(stores.code));
  return rows.map((row) => row.code);
}

export async function getStoreByCode(db: Db, { code }: { code: string }): Promise<StoreDetail | null> {
  const [row] = await db.select(detailColumns).from(stores).where(eq(stores.code, code));
  return row ?? null;
}

export async function getStoreById(db: Db, { id }: { id: string }): Promise<StoreDetail | null> {
  const [row] = await db.select(detailColumns).from(stores).where(eq(stores.id, id));
  return row ?? null;
}

export async function getFirstStore(db: Db): Promise<StoreDetail | null> {
  const [row] = await db.select(detailColumns).from(stores).orderBy(asc(stores.name), asc(stores.code)).limit(1);
  return row ?? null;
}

export type AisleDirectoryEntry = {
  category: { slug: string; name: string };
  /** Aisles holding this category's products in the store, in walking order. */
  aisles: string[];
  productCount: number;
};

/** Category → aisles, from where this store shelves its stock. */
export async function listAisleDirectory(db: Db, { storeId }: { storeId: string }): Promise<AisleDirectoryEntry[]> {
  const rows = await db
    .select({
      slug: categories.slug,
      name: categories.name,
      position: categories.position,
      aisles: sql<string[]>`array_agg(distinct ${inventory.aisle})`,
      productCount: sql<number>`count(distinct ${products.id})::int`,
    })
    .from(inventory)
    .innerJoin(skus, eq(skus.id, inventory.skuId))
    .innerJoin(products, eq(products.id, skus.productId))
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(sql`${inventory.storeId} = ${storeId} and ${products.active} and ${skus.active}`)
    .groupBy(categories.id)
    .orderBy(asc(categories.position), asc(categories.name));

  return rows
    .map((row) => ({
      category: { slug: row.slug, name: row.name },
      aisles: [...row.aisles].sort(compareAisles),
      productCount: row.productCount,
    }))
    .sort((a, b) => compareAisles(a.aisles[0] ?? "", b.aisles[0] ?? ""));
}

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** Natural order, so aisle 2 comes before aisle 10. */
export function compareAisles(a: string, b: string) {
  return collator.compare(a, b);
}
