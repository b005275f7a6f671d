/**
 * Live and past promotions. Times are offsets from "now" in days, because demo data is
 * always seeded relative to the moment it is created.
 */
export type PromotionSeed = {
  key: string;
  name: string;
  description: string;
  kind: "percent_off" | "fixed_off" | "buy_x_get_y";
  percentBps?: number;
  amountCents?: number;
  buyQuantity?: number;
  getQuantity?: number;
  scope: "sku" | "category" | "order";
  /** SKU code for sku-scoped promotions. */
  skuCode?: string;
  categorySlug?: string;
  minSpendCents?: number;
  startsInDays: number;
  endsInDays: number | null;
  perCustomerLimit?: number;
  requiresCoupon: boolean;
  coupon?: { code: string; maxRedemptions?: number; perCustomerLimit?: number };
};

export const promotionSeeds: PromotionSeed[] = [
  {
    key: "audio-15",
    name: "15% off audio",
    description: "Headphones, earbuds and speakers: 15% off for the season.",
    kind: "percent_off",
    percentBps: 1500,
    scope: "category",
    categorySlug: "audio",
    startsInDays: -10,
    endsInDays: 20,
    requiresCoupon: false,
  },
  {
    key: "chips-b2g1",
    name: "Kettle chips: buy 2, get 1 free",
    description: "Mix and match isn't on this one: three bags of Sea Salt Kettle Chips for the price of two.",
    kind: "buy_x_get_y",
    buyQuantity: 2,
    getQuantity: 1,
    scope: "sku",
    skuCode: "SNK-001-SS",
    startsInDays: -14,
    endsInDays: 14,
    requiresCoupon: false,
  },
  {
    key: "welcome5",
    name: "$5 off your first order over $50",
    description: "A welcome gift: $5 off any order of $50 or more with code WELCOME5.",
    kind: "fixed_off",
    amountCents: 500,
    scope: "order",
    minSpendCents: 5000,
    startsInDays: -60,
    endsInDays: null,
    requiresCoupon: true,
    coupon: { code: "WELCOME5", perCustomerLimit: 1 },
  },
  {
    key: "aisle10",
    name: "10% off with AISLE10",
    description: "10% off your whole basket, online or in store. Once per customer.",
    kind: "percent_off",
    percentBps: 1000,
    scope: "order",
    startsInDays: -30,
    endsInDays: 30,
    perCustomerLimit: 1,
    requiresCoupon: true,
    coupon: { code: "AISLE10", maxRedemptions: 1000, perCustomerLimit: 1 },
  },
  {
    key: "spring-coffee-20",
    name: "Spring coffee sale: 20% off",
    description: "20% off coffee and tea. This sale has ended.",
    kind: "percent_off",
    percentBps: 2000,
    scope: "category",
    categorySlug: "coffee-tea",
    startsInDays: -50,
    endsInDays: -36,
    requiresCoupon: false,
  },
];
