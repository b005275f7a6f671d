import { and, eq, gt, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { coupons, products, promotionRedemptions, promotions, skus, stores } from "@/db/schema";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { deliveryFeeFor } from "./delivery";
import { applyBps, formatMoney } from "./money";
import { applyPromotions, type AppliedPromotion, type PromotionRule } from "./rules";

const t = translator("failures");

export type Channel = "web" | "scan_and_go" | "kiosk";
export type Fulfilment = "delivery" | "pickup" | "curbside" | null;

export type BasketInput = {
  storeId: string;
  channel: Channel;
  fulfilment: Fulfilment;
  userId: string | null;
  lines: { skuId: string; quantity: number }[];
  couponCode?: string | null;
  now?: Date;
};

export type PricedLine = {
  skuId: string;
  productId: string;
  productName: string;
  productSlug: string;
  skuCode: string;
  attributes: Record<string, string>;
  quantity: number;
  unitPriceCents: number;
  discountCents: number;
  lineTotalCents: number;
};

export type CouponResult = {
  code: string;
  applied: boolean;
  message: string;
  couponId: string | null;
  promotionId: string | null;
  minSpendCents?: number;
};

export type PricedBasket = {
  storeId: string;
  currency: string;
  lines: PricedLine[];
  subtotalCents: number;
  discountCents: number;
  taxCents: number;
  deliveryFeeCents: number;
  totalCents: number;
  taxRateBps: number;
  promotions: AppliedPromotion[];
  coupon: CouponResult | null;
};

export { DELIVERY_FEE_CENTS, FREE_DELIVERY_FROM_CENTS } from "./delivery";

/**
 * The one price function: every channel — web delivery, web pickup, scan-and-go, kiosk —
 * prices a basket here, from the database, never from anything the client sent.
 */
export async function priceBasket(db: Db, input: BasketInput): Promise<PricedBasket> {
  const now = input.now ?? new Date();
  const [store] = await db
    .select({ id: stores.id, taxRateBps: stores.taxRateBps, currency: stores.currency })
    .from(stores)
    .where(eq(stores.id, input.storeId));
  if (!store) throw new AppError("not_found", t("stores.doesNotExist"));

  const quantities = new Map<string, number>();
  for (const line of input.lines) quantities.set(line.skuId, (quantities.get(line.skuId) ?? 0) + line.quantity);
  const skuRows = quantities.size
    ? await db
        .select({
          skuId: skus.id,
          productId: products.id,
          productName: products.name,
          productSlug: products.slug,
          categoryId: products.categoryId,
          skuCode: skus.code,
          attributes: skus.attributes,
          priceCents: skus.priceCents,
          active: sql<boolean>`${skus.active} and ${products.active}`,
        })
        .from(skus)
        .innerJoin(products, eq(products.id, skus.productId))
        .where(inArray(skus.id, [...quantities.keys()]))
    : [];
  const byId = new Map(skuRows.map((row) => [row.skuId, row]));
  const lines = [...quantities].map(([skuId, quantity]) => {
    const row = byId.get(skuId);
    if (!row || !row.active) throw new AppError("not_found", t("pricing.itemNotSold"));
    return { ...row, quantity, unitPriceCents: row.priceCents };
  });

  const { rules, coupon } = await loadPromotionRules(db, { ...input, now });
  const priced = applyPromotions(lines, rules);
  if (coupon?.applied && !priced.applied.some((p) => p.couponId === coupon.couponId)) {
    coupon.applied = false;
    const missing = (coupon.minSpendCents ?? 0) - priced.subtotalCents;
    coupon.message = missing > 0 ? t("pricing.addMore", { amount: formatMoney(missing, store.currency) }) : t("pricing.codeDoesNotApply");
  }

  const afterDiscount = priced.subtotalCents - priced.discountCents;
  const deliveryFeeCents = input.fulfilment === "delivery" && lines.length > 0 ? deliveryFeeFor(afterDiscount) : 0;
  const taxCents = applyBps(afterDiscount, store.taxRateBps);

  return {
    storeId: store.id,
    currency: store.currency,
    lines: lines.map((line, i) => ({
      skuId: line.skuId,
      productId: line.productId,
      productName: line.productName,
      productSlug: line.productSlug,
      skuCode: line.skuCode,
      attributes: line.attributes,
      quantity: line.quantity,
      unitPriceCents: line.unitPriceCents,
      discountCents: priced.lineDiscounts[i],
      lineTotalCents: line.unitPriceCents * line.quantity - priced.lineDiscounts[i],
    })),
    subtotalCents: priced.subtotalCents,
    discountCents: priced.discountCents,
    taxCents,
    deliveryFeeCents,
    totalCents: afterDiscount + taxCents + deliveryFeeCents,
    taxRateBps: store.taxRateBps,
    promotions: priced.applied,
    coupon,
  };
}

const ruleColumns = {
  id: promotions.id,
  name: promotions.name,
  kind: promotions.kind,
  percentBps: promotions.percentBps,
  amountCents: promotions.amountCents,
  buyQuantity: promotions.buyQuantity,
  getQuantity: promotions.getQuantity,
  scope: promotions.scope,
  skuId: promotions.skuId,
  categoryId: promotions.categoryId,
  minSpendCents: promotions.minSpendCents,
  perCustomerLimit: promotions.perCustomerLimit,
};

/** Promotions live now, in this store, on this channel — plus the coupon's, if it is valid. */
async function loadPromotionRules(db: Db, input: BasketInput & { now: Date }): Promise<{ rules: PromotionRule[]; coupon: CouponResult | null }> {
  const live = and(
    eq(promotions.active, true),
    lte(promotions.startsAt, input.now),
    or(isNull(promotions.endsAt), gt(promotions.endsAt, input.now)),
    or(isNull(promotions.storeId), eq(promotions.storeId, input.storeId)),
    or(isNull(promotions.channels), sql`${promotions.channels} @> ${JSON.stringify([input.channel])}::jsonb`),
  );
  const automatic = await db
    .select(ruleColumns)
    .from(promotions)
    .where(and(live, eq(promotions.requiresCoupon, false)));

  let coupon: CouponResult | null = null;
  const rules: (PromotionRule & { perCustomerLimit: number | null })[] = [...automatic];
  const code = input.couponCode?.trim().toUpperCase();
  if (code) {
    const [found] = await db
      .select({
        couponId: coupons.id,
        active: coupons.active,
        maxRedemptions: coupons.maxRedemptions,
        redeemedCount: coupons.redeemedCount,
        couponLimit: coupons.perCustomerLimit,
        live: sql<boolean>`coalesce(${live}, false)`,
        minSpendCents: promotions.minSpendCents,
        rule: ruleColumns,
      })
      .from(coupons)
      .innerJoin(promotions, eq(promotions.id, coupons.promotionId))
      .where(eq(coupons.code, code));
    coupon = { code, applied: false, message: t("pricing.codeInvalid"), couponId: found?.couponId ?? null, promotionId: found?.rule.id ?? null };
    if (found) {
      const used = input.userId ? await countRedemptions(db, { userId: input.userId, promotionId: found.rule.id, couponId: found.couponId }) : 0;
      const limit = found.couponLimit ?? found.rule.perCustomerLimit;
      if (!found.active || !found.live) coupon.message = t("pricing.codeExpired");
      else if (found.maxRedemptions !== null && found.redeemedCount >= found.maxRedemptions) coupon.message = t("pricing.codeFullyRedeemed");
      else if (limit !== null && used >= limit) coupon.message = t("pricing.codeUsed");
      else {
        coupon.applied = true;
        coupon.message = t("pricing.codeApplied");
        // Automatic and coupon promotions of the same id would double count.
        const withoutSame = rules.filter((rule) => rule.id !== found.rule.id);
        rules.length = 0;
        rules.push(...withoutSame, { ...found.rule, couponId: found.couponId });
      }
      coupon.minSpendCents = found.minSpendCents;
    }
  }

  // Per-customer limits on automatic promotions count the shopper's earlier orders.
  const withinLimits: PromotionRule[] = [];
  for (const rule of rules) {
    if (rule.perCustomerLimit !== null && !rule.couponId) {
      if (!input.userId) continue;
      if ((await countRedemptions(db, { userId: input.userId, promotionId: rule.id })) >= rule.perCustomerLimit) continue;
    }
    withinLimits.push(rule);
  }
  return { rules: withinLimits, coupon };
}

async function countRedemptions(db: Db, scope: { userId: string; promotionId: string; couponId?: string }) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(promotionRedemptions)
    .where(
      and(
        eq(promotionRedemptions.userId, scope.userId),
        scope.couponId ? eq(promotionRedemptions.couponId, scope.couponId) : eq(promotionRedemptions.promotionId, scope.promotionId),
      ),
    );
  return Number(row?.n ?? 0);
}
