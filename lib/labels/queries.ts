import "server-only";
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { categories, inventory, products, skus } from "@/db/schema";
import type { Db } from "@/lib/db";
import { priceBasket } from "@/lib/pricing/service";
import { compareAisles } from "@/lib/stores/queries";
import { MAX_LABELS, type LabelRequest } from "./schemas";

export type ShelfLabel = {
  skuId: string;
  skuCode: string;
  gtin: string;
  productName: string;
  brand: string;
  variant: string | null;
  aisle: string;
  bay: string;
  currency: string;
  /** What one unit costs today (the one price function, in-store channel). */
  priceCents: number;
  listPriceCents: number;
  promotion: string | null;
  netQuantity: number | null;
  netUnit: string | null;
};

export type LabelOptions = { aisles: string[]; categories: { slug: string; name: string }[] };

/** What the form offers: this store's aisles and the categories it shelves. */
export async function getLabelOptions(db: Db, { storeId }: { storeId: string }): Promise<LabelOptions> {
  const aisleRows = await db.selectDistinct({ aisle: inventory.aisle }).from(inventory).where(eq(inventory.storeId, storeId));
  const categoryRows = await db
    .selectDistinct({ slug: categories.slug, name: categories.name, position: categories.position })
    .from(inventory)
    .innerJoin(skus, eq(skus.id, inventory.skuId))
    .innerJoin(products, eq(products.id, skus.productId))
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(eq(inventory.storeId, storeId))
    .orderBy(asc(categories.position), asc(categories.name));
  return {
    aisles: aisleRows.map((r) => r.aisle).sort(compareAisles),
    categories: categoryRows.map(({ slug, name }) => ({ slug, name })),
  };
}

/**
 * Labels for the SKUs this store shelves that match the request, in walking order (aisle,
 * bay, name), at most MAX_LABELS. Prices come from priceBasket one unit at a time, exactly
 * as the product view and the till charge them.
 */
export async function listShelfLabels(
  db: Db,
  { storeId, request, now = new Date() }: { storeId: string; request: LabelRequest; now?: Date },
): Promise<{ labels: ShelfLabel[]; truncated: boolean; unknownCodes: string[] }> {
  let filter;
  if (request.by === "aisle") {
    if (!request.aisle) return { labels: [], truncated: false, unknownCodes: [] };
    filter = eq(inventory.aisle, request.aisle);
  } else if (request.by === "category") {
    if (!request.category) return { labels: [], truncated: false, unknownCodes: [] };
    filter = eq(categories.slug, request.category);
  } else {
    if (request.codes.length === 0) return { labels: [], truncated: false, unknownCodes: [] };
    filter = or(inArray(sql`upper(${skus.code})`, request.codes), inArray(skus.gtin, request.codes));
  }
  const rows = await db
    .select({
      skuId: skus.id,
      skuCode: skus.code,
      gtin: skus.gtin,
      productName: products.name,
      brand: products.brand,
      attributes: skus.attributes,
      aisle: inventory.aisle,
      bay: inventory.bay,
      netQuantity: skus.netQuantity,
      netUnit: skus.netUnit,
    })
    .from(inventory)
    .innerJoin(skus, eq(skus.id, inventory.skuId))
    .innerJoin(products, eq(products.id, skus.productId))
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(and(eq(inventory.storeId, storeId), eq(skus.active, true), eq(products.active, true), filter))
    .limit(MAX_LABELS + 1);
  rows.sort(
    (a, b) =>
      compareAisles(a.aisle, b.aisle) ||
      compareAisles(a.bay, b.bay) ||
      a.productName.localeCompare(b.productName) ||
      a.skuCode.localeCompare(b.skuCode),
  );
  const truncated = rows.length > MAX_LABELS;
  const chosen = rows.slice(0, MAX_LABELS);
  const found = new Set(chosen.flatMap((r) => [r.skuCode.toUpperCase(), r.gtin]));
  const unknownCodes = request.by === "skus" ? request.codes.filter((code) => !found.has(code)) : [];

  const labels: ShelfLabel[] = [];
  for (const row of chosen) {
    const basket = await priceBasket(db, {
      storeId,
      channel: "scan_and_go",
      fulfilment: null,
      userId: null,
      lines: [{ skuId: row.skuId, quantity: 1 }],
      now,
    });
    const line = basket.lines[0];
    const promo = basket.promotions.find((p) => p.discountCents > 0);
    const variantParts = Object.values(row.attributes);
    labels.push({
      skuId: row.skuId,
      skuCode: row.skuCode,
      gtin: row.gtin,
      productName: row.productName,
      brand: row.brand,
      variant: variantParts.length ? variantParts.join(" · ") : null,
      aisle: row.aisle,
      bay: row.bay,
      currency: basket.currency,
      priceCents: line.unitPriceCents - basket.discountCents,
      listPriceCents: line.unitPriceCents,
      promotion: promo?.name ?? null,
      netQuantity: row.netQuantity,
      netUnit: row.netUnit,
    });
  }
  return { labels, truncated, unknownCodes };
}
