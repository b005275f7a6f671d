import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { categories, products, skus } from "@/db/schema";
import type { Db } from "@/lib/db";

/**
 * The product page's product: its variants in a sensible order and the attribute choices.
 * Its price is in ./product-pricing, its stock in ./availability.
 */

export type ProductVariant = {
  id: string;
  code: string;
  gtin: string;
  priceCents: number;
  compareAtCents: number | null;
  currency: string;
  attributes: Record<string, string>;
  netQuantity: number | null;
  netUnit: string | null;
};

export type ProductDetail = {
  id: string;
  slug: string;
  name: string;
  brand: string;
  description: string;
  images: string[];
  ratingAverage: number;
  ratingCount: number;
  category: { slug: string; name: string };
  variants: ProductVariant[];
  /** Attribute names in the order the variants use them, e.g. ["size", "color"]. */
  attributeNames: string[];
};

/** An active product with its active variants, or null (unknown, retired or nothing to sell). */
export async function getProductBySlug(db: Db, { slug }: { slug: string }): Promise<ProductDetail | null> {
  const [product] = await db
    .select({
      id: products.id,
      slug: products.slug,
      name: products.name,
      brand: products.brand,
      description: products.description,
      images: products.images,
      ratingAverage: products.ratingAverage,
      ratingCount: products.ratingCount,
      category: { slug: categories.slug, name: categories.name },
    })
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(and(eq(products.slug, slug), eq(products.active, true)));
  if (!product) return null;
  const variants = await db
    .select({
      id: skus.id,
      code: skus.code,
      gtin: skus.gtin,
      priceCents: skus.priceCents,
      compareAtCents: skus.compareAtCents,
      currency: skus.currency,
      attributes: skus.attributes,
      netQuantity: skus.netQuantity,
      netUnit: skus.netUnit,
    })
    .from(skus)
    .where(and(eq(skus.productId, product.id), eq(skus.active, true)))
    .orderBy(asc(skus.code));
  if (variants.length === 0) return null;
  const attributeNames: string[] = [];
  for (const variant of variants) for (const name of Object.keys(variant.attributes)) if (!attributeNames.includes(name)) attributeNames.push(name);
  return { ...product, ratingAverage: Number(product.ratingAverage), variants: sortVariants(variants, attributeNames), attributeNames };
}

const SIZE_ORDER = ["xxs", "xs", "s", "m", "l", "xl", "xxl", "2xl", "xxxl", "3xl"];
const UNIT_FACTORS: Record<string, [dimension: string, factor: number]> = {
  g: ["mass", 1],
  kg: ["mass", 1000],
  oz: ["mass", 28.35],
  lb: ["mass", 453.6],
  ml: ["volume", 1],
  l: ["volume", 1000],
  ct: ["count", 1],
  pack: ["count", 1],
};

function quantityOf(value: string): [string, number] | null {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]+)?\b/i.exec(value.trim());
  if (!match) return null;
  const [dimension, factor] = UNIT_FACTORS[(match[2] ?? "ct").toLowerCase()] ?? ["count", 1];
  return [dimension, Number(match[1]) * factor];
}

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** Shelf order for attribute values: S before M before L, 250 g before 1 kg, otherwise A–Z. */
export function compareAttributeValues(a: string, b: string): number {
  const sizeA = SIZE_ORDER.indexOf(a.toLowerCase());
  const sizeB = SIZE_ORDER.indexOf(b.toLowerCase());
  if (sizeA >= 0 && sizeB >= 0) return sizeA - sizeB;
  const qa = quantityOf(a);
  const qb = quantityOf(b);
  if (qa && qb && qa[0] === qb[0] && qa[1] !== qb[1]) return qa[1] - qb[1];
  return collator.compare(a, b);
}

function sortVariants(variants: ProductVariant[], attributeNames: string[]) {
  return [...variants].sort((a, b) => {
    for (const name of attributeNames) {
      const diff = compareAttributeValues(a.attributes[name] ?? "", b.attributes[name] ?? "");
      if (diff !== 0) return diff;
    }
    return collator.compare(a.code, b.code);
  });
}

/** The variant a `?sku=CODE` asks for; otherwise the first one in stock at the store, else the first. */
export function pickVariant(product: ProductDetail, { code, availableBySku }: { code?: string; availableBySku?: Map<string, number> }) {
  const asked = code ? product.variants.find((variant) => variant.code.toLowerCase() === code.toLowerCase()) : undefined;
  if (asked) return asked;
  return product.variants.find((variant) => (availableBySku?.get(variant.id) ?? 0) > 0) ?? product.variants[0];
}

export type VariantOption = {
  value: string;
  /** The variant to link to: same other attributes when it exists, otherwise the first with this value. */
  code: string;
  selected: boolean;
  /** False when the exact combination with the other selected attributes doesn't exist. */
  exact: boolean;
};

export type VariantAttribute = { name: string; label: string; selectedValue: string | undefined; options: VariantOption[] };

/** One group of choices per attribute (size, colour…) for the variant picker. */
export function variantAttributes(product: ProductDetail, selected: ProductVariant): VariantAttribute[] {
  return product.attributeNames.map((name) => {
    const values = [...new Set(product.variants.map((variant) => variant.attributes[name]).filter((value): value is string => value !== undefined))];
    return {
      name,
      label: name.charAt(0).toUpperCase() + name.slice(1),
      selectedValue: selected.attributes[name],
      options: values.map((value) => {
        const wanted = { ...selected.attributes, [name]: value };
        const exact = product.variants.find((variant) => product.attributeNames.every((n) => variant.attributes[n] === wanted[n]));
        const fallback = product.variants.find((variant) => variant.attributes[name] === value)!;
        return { value, code: (exact ?? fallback).code, selected: selected.attributes[name] === value, exact: Boolean(exact) };
      }),
    };
  });
}
