import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags } from "@/lib/cache/tags";
import { getDb } from "@/lib/db";
import { getFirstStore, getStoreByCode, listStores, type StoreDetail, type StoreSummary } from "./queries";

/**
 * Store reads shared by every shopper, cached until a store write expires `stores` (on every
 * instance) or an hour passes.
 */
export async function cachedStores(): Promise<StoreSummary[]> {
  "use cache";
  cacheTag(cacheTags.all, cacheTags.stores);
  cacheLife("hours");
  return listStores(await getDb());
}

/** The store a code names; `null` code means the shopper chose none (the first store by name). */
export async function cachedStoreForCode(code: string | null): Promise<StoreDetail | null> {
  "use cache";
  cacheTag(cacheTags.all, cacheTags.stores);
  cacheLife("hours");
  const db = await getDb();
  return code === null ? getFirstStore(db) : getStoreByCode(db, { code });
}
