/**
 * The cache tags of what every shopper of a store sees alike. A cached read tags itself with
 * what it depends on; the write that changes it expires the same tags (lib/cache/expire.ts),
 * on every instance. No server imports: names only.
 */
export const cacheTags = {
  /** Everything cached: expired when an instance may have missed invalidations (a lost LISTEN). */
  all: "aisle",
  /** Categories, product texts, images, variants and their list prices. */
  catalog: "catalog",
  product: (productId: string) => `product:${productId}`,
  /** Stock at one store: listing badges, "N left at …". */
  stockAt: (storeId: string) => `stock-at:${storeId}`,
  /** One SKU's stock at every store: the product page's "other stores" list. */
  stockOfSku: (skuId: string) => `stock-of:${skuId}`,
  /** Every promotion (automatic ones change shelf prices). */
  promotions: "promotions",
  reviews: (productId: string) => `reviews:${productId}`,
  /** Stores, their details and hours. */
  stores: "stores",
  slots: (storeId: string) => `slots:${storeId}`,
} as const;
