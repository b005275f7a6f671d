import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { categories, inventory, products, promotions, skus, stores, type OpeningHours } from "@/db/schema";
import type { Db } from "@/lib/db";
import { listPickupSlots } from "@/lib/pickup/slots";
import { priceBasket } from "@/lib/pricing/service";
import { formatMoney } from "@/lib/pricing/money";
import { getOpeningStatus, getStoreClock, WEEKDAY_NAMES } from "@/lib/stores/hours";

/** The product page: one product, its variants, its price at a store and its stock across stores. */

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

export type ShelfPrice = {
  /** What one unit costs at the store today, after automatic promotions. */
  priceCents: number;
  /** The list price before promotions. */
  listPriceCents: number;
  /** The previous price, when the list price is a markdown. */
  compareAtCents: number | null;
  currency: string;
  promotion: { name: string; label: string; savingCents: number } | null;
};

/**
 * One unit of the variant priced with the one price function (list price, live automatic
 * promotions for this store and channel), so the page shows what the cart will charge.
 */
export async function getShelfPrice(
  db: Db,
  { storeId, variant, userId, now }: { storeId: string; variant: ProductVariant; userId: string | null; now?: Date },
): Promise<ShelfPrice> {
  const basket = await priceBasket(db, { storeId, channel: "web", fulfilment: null, userId, lines: [{ skuId: variant.id, quantity: 1 }], now });
  const line = basket.lines[0];
  const applied = basket.promotions.find((promotion) => promotion.discountCents > 0) ?? null;
  let promotion: ShelfPrice["promotion"] = null;
  if (applied && basket.discountCents > 0) {
    const [rule] = await db
      .select({ kind: promotions.kind, percentBps: promotions.percentBps })
      .from(promotions)
      .where(eq(promotions.id, applied.promotionId));
    promotion = {
      name: applied.name,
      label: promotionLabel(applied.name, rule, basket.discountCents, basket.currency),
      savingCents: basket.discountCents,
    };
  }
  return {
    priceCents: line.unitPriceCents - basket.discountCents,
    listPriceCents: line.unitPriceCents,
    compareAtCents: variant.compareAtCents != null && variant.compareAtCents > line.unitPriceCents ? variant.compareAtCents : null,
    currency: basket.currency,
    promotion,
  };
}

/** "15% off with Audio Week"; a name that already says what it gives ("15% off audio") is left alone. */
export function promotionLabel(
  name: string,
  rule: { kind: string; percentBps: number | null } | undefined,
  savingCents: number,
  currency: string,
) {
  if (/\d\s*%|\$\s*\d|free/i.test(name)) return name;
  if (rule?.kind === "percent_off" && rule.percentBps) return `${rule.percentBps / 100}% off with ${name}`;
  return `Save ${formatMoney(savingCents, currency)} with ${name}`;
}

export type StoreStock = {
  storeId: string;
  code: string;
  name: string;
  city: string;
  available: number;
  aisle: string | null;
  bay: string | null;
  /** Great-circle distance from the shopper's store, in miles. */
  distanceMiles: number;
  isOpen: boolean;
  statusLabel: string;
};

export type PickupToday = { when: "today" | "later"; label: string } | null;

export type VariantAvailability = {
  /** The shopper's store. */
  here: StoreStock;
  /** When the earliest pickup slot is: "today", or a label like "tomorrow" / "Thursday"; null if none. */
  pickup: PickupToday;
  /** Other stores, nearest first. */
  others: StoreStock[];
};

const EARTH_RADIUS_MILES = 3958.8;

export function distanceMiles(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Units each variant of a product can sell at one store (on hand − reserved). */
export async function getAvailableBySku(db: Db, { storeId, skuIds }: { storeId: string; skuIds: string[] }) {
  if (skuIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ skuId: inventory.skuId, available: sql<number>`greatest(${inventory.onHand} - ${inventory.reserved}, 0)::int` })
    .from(inventory)
    .where(and(eq(inventory.storeId, storeId), inArray(inventory.skuId, skuIds)));
  return new Map(rows.map((row) => [row.skuId, Number(row.available)]));
}

/**
 * Stock of one variant at the shopper's store and every other store (nearest first), with the
 * shelf location and when it could be picked up here.
 */
export async function getVariantAvailability(
  db: Db,
  { skuId, storeId, now = new Date() }: { skuId: string; storeId: string; now?: Date },
): Promise<VariantAvailability> {
  const rows = await db
    .select({
      storeId: stores.id,
      code: stores.code,
      name: stores.name,
      city: stores.city,
      latitude: stores.latitude,
      longitude: stores.longitude,
      timezone: stores.timezone,
      openingHours: stores.openingHours,
      available: sql<number>`coalesce(greatest(${inventory.onHand} - ${inventory.reserved}, 0), 0)::int`,
      aisle: inventory.aisle,
      bay: inventory.bay,
    })
    .from(stores)
    .leftJoin(inventory, and(eq(inventory.storeId, stores.id), eq(inventory.skuId, skuId)))
    .orderBy(asc(stores.name));
  const origin = rows.find((row) => row.storeId === storeId);
  if (!origin) throw new Error(`Store ${storeId} not found.`);
  const toStock = (row: (typeof rows)[number]): StoreStock => {
    const status = getOpeningStatus(row.openingHours as OpeningHours, row.timezone, now);
    return {
      storeId: row.storeId,
      code: row.code,
      name: row.name,
      city: row.city,
      available: Number(row.available),
      aisle: row.aisle,
      bay: row.bay,
      distanceMiles: distanceMiles(origin, row),
      isOpen: status.isOpen,
      statusLabel: status.label,
    };
  };
  const here = toStock(origin);
  const others = rows
    .filter((row) => row.storeId !== storeId)
    .map(toStock)
    .sort((a, b) => a.distanceMiles - b.distanceMiles);

  let pickup: PickupToday = null;
  if (here.available > 0) {
    const [slot] = await listPickupSlots(db, { storeId, now });
    if (slot) pickup = pickupDay(new Date(slot.startsAt), origin.timezone, now);
  }
  return { here, pickup, others };
}

/** "today", "tomorrow" or the weekday of a pickup slot, judged on the store's calendar. */
function pickupDay(startsAt: Date, timeZone: string, now: Date): NonNullable<PickupToday> {
  const slot = getStoreClock(timeZone, startsAt);
  const today = getStoreClock(timeZone, now);
  const dayNumber = (c: { year: number; month: number; day: number }) => Date.UTC(c.year, c.month - 1, c.day) / 86_400_000;
  const days = dayNumber(slot) - dayNumber(today);
  if (days <= 0) return { when: "today", label: "today" };
  if (days === 1) return { when: "later", label: "tomorrow" };
  return { when: "later", label: WEEKDAY_NAMES[slot.weekday - 1] };
}
