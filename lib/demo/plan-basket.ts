import type { CategorySlug } from "@/db/seed/types";
import { applyBps } from "@/lib/pricing/money";
import { applyPromotions, type AppliedPromotion, type PromotionRule } from "@/lib/pricing/rules";
import { deliveryFeeFor } from "@/lib/pricing/delivery";
import { isLive, type SeedPromotions, type SeedSku } from "./context";
import { storeBias } from "./plan-stock";
import type { Random } from "./random";

export type BasketLine = { sku: SeedSku; quantity: number };

const GROCERY: CategorySlug[] = ["pantry", "coffee-tea", "snacks", "cleaning", "personal-care", "pets"];
/** In-store shoppers mostly grab food and household goods. */
const IN_STORE_BIAS: Partial<Record<CategorySlug, number>> = { snacks: 2, "coffee-tea": 1.5, pantry: 1.3, audio: 0.5, outdoor: 0.5, apparel: 0.6 };

/** Draws SKUs the way a store sells them: staples often, a 4-person tent rarely. */
export function createSkuPicker(rng: Random, skus: SeedSku[], storeCode: string, inStore: boolean) {
  const cumulative: number[] = [];
  let total = 0;
  for (const sku of skus) {
    const popularSize = /^(M|L)$/.test(sku.attributes.size ?? "") ? 1.6 : 1;
    const channelBias = inStore ? (IN_STORE_BIAS[sku.categorySlug] ?? 1) : 1;
    total += (sku.velocity ** 2 * storeBias(storeCode, sku.categorySlug) * channelBias * popularSize) / sku.variantCount;
    cumulative.push(total);
  }
  return () => {
    const roll = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > roll) hi = mid;
      else lo = mid + 1;
    }
    return skus[lo];
  };
}

export function quantityFor(rng: Random, sku: SeedSku) {
  // Three bags of chips when there's a buy-2-get-1 on them.
  if (sku.code === "SNK-001-SS" && rng.chance(0.5)) return 3;
  if (GROCERY.includes(sku.categorySlug))
    return rng.weighted([
      [1, 6],
      [2, 3],
      [3, 1],
    ] as const);
  return rng.chance(0.08) ? 2 : 1;
}

/** A basket of distinct SKUs; `accept` can veto a line (e.g. not enough stock for an open order). */
export function drawBasket(
  rng: Random,
  pick: () => SeedSku,
  size: number,
  accept: (sku: SeedSku, quantity: number) => boolean = () => true,
): BasketLine[] {
  const lines: BasketLine[] = [];
  for (let attempt = 0; lines.length < size && attempt < size * 12; attempt++) {
    const sku = pick();
    if (lines.some((line) => line.sku.id === sku.id)) continue;
    const quantity = quantityFor(rng, sku);
    if (!accept(sku, quantity)) continue;
    lines.push({ sku, quantity });
  }
  return lines;
}

export type PricedSeedOrder = {
  lines: (BasketLine & { unitPriceCents: number; discountCents: number; lineTotalCents: number })[];
  subtotalCents: number;
  discountCents: number;
  taxCents: number;
  deliveryFeeCents: number;
  totalCents: number;
  applied: AppliedPromotion[];
  couponCode: string | null;
};

/**
 * Prices a past order with the app's own promotion rules (lib/pricing/rules), as they
 * stood at `at`: the same arithmetic the checkout uses, so history and live orders agree.
 */
export function priceSeedOrder(
  lines: BasketLine[],
  at: Date,
  promotions: SeedPromotions,
  coupon: SeedPromotions["coupons"][number] | null,
  taxRateBps: number,
  delivery: boolean,
): PricedSeedOrder {
  const rules: PromotionRule[] = promotions.automatic.filter((rule) => isLive(rule, at));
  if (coupon && isLive(coupon.rule, at)) rules.push({ ...coupon.rule, couponId: coupon.couponId });
  const pricing = applyPromotions(
    lines.map((line) => ({ skuId: line.sku.id, categoryId: line.sku.categoryId, quantity: line.quantity, unitPriceCents: line.sku.priceCents })),
    rules,
  );
  const afterDiscount = pricing.subtotalCents - pricing.discountCents;
  const deliveryFeeCents = delivery ? deliveryFeeFor(afterDiscount) : 0;
  const taxCents = applyBps(afterDiscount, taxRateBps);
  const usedCoupon = coupon && pricing.applied.some((p) => p.couponId === coupon.couponId) ? coupon.code : null;
  return {
    lines: lines.map((line, i) => ({
      ...line,
      unitPriceCents: line.sku.priceCents,
      discountCents: pricing.lineDiscounts[i],
      lineTotalCents: line.sku.priceCents * line.quantity - pricing.lineDiscounts[i],
    })),
    subtotalCents: pricing.subtotalCents,
    discountCents: pricing.discountCents,
    taxCents,
    deliveryFeeCents,
    totalCents: afterDiscount + taxCents + deliveryFeeCents,
    applied: pricing.applied,
    couponCode: usedCoupon,
  };
}
