import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags } from "@/lib/cache/tags";
import { getDb } from "@/lib/db";
import { getInStoreProductView, type InStoreProductView } from "./product-view";

/**
 * The shelf label's page data at one store, the same for every shopper there: priced with the
 * one price function for scan-and-go (a shopper's own promotions are applied in the basket),
 * cached until the product, a promotion or the store's stock changes (on every instance).
 */
export async function cachedInStoreProductView(storeId: string, gtin: string): Promise<InStoreProductView | null> {
  "use cache";
  cacheTag(cacheTags.all, cacheTags.catalog, cacheTags.promotions, cacheTags.stockAt(storeId));
  cacheLife("minutes");
  const view = await getInStoreProductView(await getDb(), { storeId, gtin, userId: null });
  if (view) cacheTag(cacheTags.product(view.product.id), cacheTags.reviews(view.product.id));
  return view;
}
