import { sql } from "drizzle-orm";
import { categories, inventory, products, skus } from "@/db/schema";
import type { Db } from "@/lib/db";
import { makeEan13 } from "./gtin";

/** Test builders for catalog rows with the fields search and listings care about. */

let counter = 0;

export async function createCategory(db: Db, values: { slug: string; name: string; description?: string; parentId?: string }) {
  const [category] = await db.insert(categories).values(values).returning({ id: categories.id, slug: categories.slug });
  return category;
}

type VariantSeed = { code?: string; priceCents: number; compareAtCents?: number | null; attributes?: Record<string, string>; active?: boolean };

export async function createProduct(
  db: Db,
  {
    categoryId,
    name,
    brand = "Testco",
    description = "A product for tests.",
    variants = [{ priceCents: 1000 }],
    createdAt,
    active = true,
  }: {
    categoryId: string;
    name: string;
    brand?: string;
    description?: string;
    variants?: VariantSeed[];
    createdAt?: Date;
    active?: boolean;
  },
) {
  const n = ++counter;
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}-${n}-${Math.random().toString(36).slice(2, 6)}`;
  const [product] = await db
    .insert(products)
    .values({ slug, name, brand, description, categoryId, active, ...(createdAt ? { createdAt } : {}) })
    .returning({ id: products.id, slug: products.slug, name: products.name });
  const skuRows = await db
    .insert(skus)
    .values(
      variants.map((variant, i) => ({
        productId: product.id,
        code: variant.code ?? `C${n}-${i}-${Math.random().toString(36).slice(2, 7)}`.toUpperCase(),
        gtin: makeEan13(`29${String(n).padStart(6, "0")}${String(i).padStart(2, "0")}${String(Math.floor(Math.random() * 100)).padStart(2, "0")}`),
        priceCents: variant.priceCents,
        compareAtCents: variant.compareAtCents ?? null,
        attributes: variant.attributes ?? {},
        active: variant.active ?? true,
      })),
    )
    .returning({ id: skus.id, code: skus.code, priceCents: skus.priceCents });
  return { ...product, skus: skuRows };
}

export async function setStock(db: Db, rows: { storeId: string; skuId: string; onHand: number; reserved?: number; aisle?: string; bay?: string }[]) {
  if (rows.length === 0) return;
  await db
    .insert(inventory)
    .values(rows.map((row) => ({ aisle: "A1", bay: "1", reserved: 0, ...row })))
    .onConflictDoUpdate({
      target: [inventory.storeId, inventory.skuId],
      set: { onHand: sql`excluded.on_hand`, reserved: sql`excluded.reserved` },
    });
}
