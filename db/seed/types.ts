/**
 * Shapes of the curated demo data. The files in db/seed are pure data: no database code,
 * so the start-up log, the tests and the product-art route can import them freely.
 */

export const CATEGORY_SLUGS = [
  "pantry",
  "coffee-tea",
  "snacks",
  "kitchen",
  "cleaning",
  "personal-care",
  "audio",
  "outdoor",
  "pets",
  "apparel",
] as const;

export type CategorySlug = (typeof CATEGORY_SLUGS)[number];

export type NetUnit = "g" | "kg" | "ml" | "l" | "ct";

/** The illustration drawn for a product image (see lib/demo/product-art.ts). */
export type ArtKind =
  | "bag"
  | "coffee-bag"
  | "tea-tin"
  | "can"
  | "jar"
  | "bottle"
  | "box"
  | "bar"
  | "chips"
  | "mug"
  | "pan"
  | "knife"
  | "board"
  | "spray"
  | "sponge"
  | "tube"
  | "pump"
  | "soap"
  | "headphones"
  | "earbuds"
  | "speaker"
  | "tent"
  | "lantern"
  | "backpack"
  | "flask"
  | "ball"
  | "leash"
  | "tshirt"
  | "hoodie"
  | "jacket"
  | "socks"
  | "beanie"
  | "cap"
  | "tote"
  | "roll"
  | "towel";

export type CategorySeed = {
  slug: CategorySlug;
  name: string;
  description: string;
};

export type SkuSeed = {
  /** Appended to the product's SKU base code, e.g. "250G" or "M-SAGE"; "" for single-SKU products. */
  suffix: string;
  priceCents: number;
  compareAtCents?: number;
  attributes: Record<string, string>;
  netQuantity?: number;
  netUnit?: NetUnit;
};

/** [rating 1–5, title, body] — written for the product it sits under. */
export type ReviewSeed = [rating: 1 | 2 | 3 | 4 | 5, title: string, body: string];

export type ProductSeed = {
  slug: string;
  name: string;
  brand: string;
  description: string;
  category: CategorySlug;
  art: ArtKind;
  /** How fast it sells, 1 (slow) … 5 (staple): drives stock levels and past orders. */
  velocity: number;
  skus: SkuSeed[];
  reviews: ReviewSeed[];
};

export type StoreSeed = {
  code: string;
  name: string;
  street: string;
  city: string;
  region: string;
  postalCode: string;
  phone: string;
  latitude: number;
  longitude: number;
  timezone: string;
  openingHours: Record<"1" | "2" | "3" | "4" | "5" | "6" | "7", { open: string; close: string } | null>;
  taxRateBps: number;
  pickupSlotMinutes: number;
  pickupCapacityPerSlot: number;
  uncollectedDays: number;
  exitAuditRateBps: number;
  /** Which aisle each category lives in — every store lays its floor out differently. */
  aisles: Record<CategorySlug, string[]>;
  /** Parking bays signposted for curbside pickup. */
  curbsideSpots: string[];
  /** Postcodes and streets near the store, for delivery addresses. */
  deliveryArea: { postalCodes: string[]; streets: string[] };
};
