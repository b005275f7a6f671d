import type { Promotion } from "@/db/schema";
import { allocate, applyBps } from "./money";

/** Pure pricing rules: no database, so every channel gets the same arithmetic. */

export type PricingLine = {
  skuId: string;
  categoryId: string;
  quantity: number;
  unitPriceCents: number;
};

export type PromotionRule = Pick<
  Promotion,
  "id" | "name" | "kind" | "percentBps" | "amountCents" | "buyQuantity" | "getQuantity" | "scope" | "skuId" | "categoryId" | "minSpendCents"
> & { couponId?: string | null };

/** The discount a line-scoped promotion gives one line (0 when it doesn't apply). */
export function lineDiscount(rule: PromotionRule, line: PricingLine): number {
  if (rule.scope === "sku" && rule.skuId !== line.skuId) return 0;
  if (rule.scope === "category" && rule.categoryId !== line.categoryId) return 0;
  if (rule.scope === "order") return 0;
  const gross = line.unitPriceCents * line.quantity;
  switch (rule.kind) {
    case "percent_off":
      return Math.min(gross, applyBps(gross, rule.percentBps ?? 0));
    case "fixed_off":
      // Line-scoped fixed discounts are per unit ("$1 off each").
      return Math.min(gross, (rule.amountCents ?? 0) * line.quantity);
    case "buy_x_get_y": {
      const buy = rule.buyQuantity ?? 0;
      const get = rule.getQuantity ?? 0;
      const freeUnits = Math.floor(line.quantity / (buy + get)) * get;
      return freeUnits * line.unitPriceCents;
    }
  }
}

/** The discount an order-scoped promotion gives a basket worth `amountCents` after line discounts. */
export function orderDiscount(rule: PromotionRule, amountCents: number): number {
  if (rule.scope !== "order") return 0;
  if (rule.kind === "percent_off") return Math.min(amountCents, applyBps(amountCents, rule.percentBps ?? 0));
  if (rule.kind === "fixed_off") return Math.min(amountCents, rule.amountCents ?? 0);
  return 0; // buy-x-get-y needs a SKU or category to count units of
}

export type AppliedPromotion = { promotionId: string; couponId: string | null; name: string; discountCents: number };

export type PricedLines = {
  lineDiscounts: number[];
  applied: AppliedPromotion[];
  subtotalCents: number;
  discountCents: number;
};

/**
 * Applies promotions: each line gets its single best line promotion (no stacking on one
 * line), then the basket gets its single best order promotion, spread over the lines.
 * A promotion's minimum spend is measured on the subtotal before discounts.
 */
export function applyPromotions(lines: PricingLine[], rules: PromotionRule[]): PricedLines {
  const subtotalCents = lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
  const eligible = rules.filter((rule) => subtotalCents >= rule.minSpendCents);
  const totals = new Map<string, AppliedPromotion>();
  const credit = (rule: PromotionRule, cents: number) => {
    const entry = totals.get(rule.id) ?? { promotionId: rule.id, couponId: rule.couponId ?? null, name: rule.name, discountCents: 0 };
    entry.discountCents += cents;
    totals.set(rule.id, entry);
  };

  const lineDiscounts = lines.map((line) => {
    let best: { rule: PromotionRule; cents: number } | null = null;
    for (const rule of eligible) {
      const cents = lineDiscount(rule, line);
      if (cents > 0 && (!best || cents > best.cents)) best = { rule, cents };
    }
    if (best) credit(best.rule, best.cents);
    return best?.cents ?? 0;
  });

  const afterLines = subtotalCents - lineDiscounts.reduce((a, b) => a + b, 0);
  let bestOrder: { rule: PromotionRule; cents: number } | null = null;
  for (const rule of eligible) {
    const cents = orderDiscount(rule, afterLines);
    if (cents > 0 && (!bestOrder || cents > bestOrder.cents)) bestOrder = { rule, cents };
  }
  if (bestOrder) {
    credit(bestOrder.rule, bestOrder.cents);
    const remaining = lines.map((line, i) => line.unitPriceCents * line.quantity - lineDiscounts[i]);
    allocate(bestOrder.cents, remaining).forEach((part, i) => (lineDiscounts[i] += part));
  }

  return {
    lineDiscounts,
    applied: [...totals.values()],
    subtotalCents,
    discountCents: lineDiscounts.reduce((a, b) => a + b, 0),
  };
}
