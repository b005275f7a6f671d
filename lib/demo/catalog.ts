import { CATEGORY_SLUGS, type CategorySlug, type ProductSeed, type SkuSeed } from "@/db/seed/types";
import { productSeeds } from "@/db/seed/products";
import { makeEan13 } from "@/lib/catalog/gtin";

/**
 * A made-up GS1 company prefix in the US range (00-13): demo barcodes start 0860004…, then a
 * five-digit item reference (category, product position, variant) and the check digit.
 */
export const DEMO_GS1_COMPANY_PREFIX = "0860004";

const SKU_CODE_PREFIX: Record<CategorySlug, string> = {
  pantry: "PAN",
  "coffee-tea": "COF",
  snacks: "SNK",
  kitchen: "KIT",
  cleaning: "CLN",
  "personal-care": "PER",
  audio: "AUD",
  outdoor: "OUT",
  pets: "PET",
  apparel: "APP",
};

export type CatalogSku = SkuSeed & { code: string; gtin: string };
export type CatalogProduct = Omit<ProductSeed, "skus"> & { position: number; skus: CatalogSku[] };

/** The seed catalog with SKU codes and barcodes derived from each product's position. */
export function buildCatalog(seeds: ProductSeed[] = productSeeds): CatalogProduct[] {
  const positions = new Map<CategorySlug, number>();
  return seeds.map((product) => {
    const position = (positions.get(product.category) ?? 0) + 1;
    positions.set(product.category, position);
    if (position > 99 || product.skus.length > 99) throw new Error(`Too many products or variants for ${product.slug}.`);
    const categoryDigit = CATEGORY_SLUGS.indexOf(product.category);
    const base = `${SKU_CODE_PREFIX[product.category]}-${String(position).padStart(3, "0")}`;
    return {
      ...product,
      position,
      skus: product.skus.map((sku, variant) => ({
        ...sku,
        code: sku.suffix ? `${base}-${sku.suffix}` : base,
        gtin: makeEan13(`${DEMO_GS1_COMPANY_PREFIX}${categoryDigit}${String(position).padStart(2, "0")}${String(variant + 1).padStart(2, "0")}`),
      })),
    };
  });
}
