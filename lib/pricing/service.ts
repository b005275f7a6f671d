import { and, eq, gt, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { coupons, promotionRedemptions, promotions } from "@/db/schema";
import type { Db } from "@/lib/db";
import { runParts, type StatementPart } from "@/lib/db/statement";
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

/** A SKU as pricing reads it. */
export type SkuFacts = {
  skuId: string;
  productId: string;
  productName: string;
  productSlug: string;
  categoryId: string;
  skuCode: string;
  attributes: Record<string, string>;
  priceCents: number;
  active: boolean;
};

type AutomaticRule = PromotionRule & { perCustomerLimit: number | null; /** The shopper's orders that used it. */ used: number };

/**
 * What pricing reads from the database, read in one statement (priceFactsPart): the store's
 * tax rate and currency, the SKUs, and the automatic promotions live now in this store on this
 * channel, with how often the shopper used each that has a per-customer limit.
 */
export type PriceFacts = {
  store: { id: string; taxRateBps: number; currency: string } | null;
  skus: SkuFacts[];
  promotions: AutomaticRule[];
};

type FactsScope = { storeId: string; channel: Channel; userId: string | null; now: Date };

/**
 * The price facts as columns of a statement (`price_store`, `price_skus`, `price_promotions`;
 * read them back with priceFactsOf), so a caller that reads more — the sale reads the cart and
 * the stock too (lib/sale/load-sale.ts) — reads them in the same round trip. `skuIds`: a
 * subquery or list of SKU ids.
 */
export function priceFactsPart({ storeId, channel, userId, now, skuIds }: FactsScope & { skuIds: SQL }): StatementPart {
  const at = sql`${now.toISOString()}::timestamptz`;
  const user = sql`${userId}::uuid`;
  return {
    select: [
      sql`(select json_build_object('id', s.id, 'taxRateBps', s.tax_rate_bps, 'currency', s.currency)
           from stores s where s.id = ${storeId}) as price_store`,
      sql`(select coalesce(json_agg(json_build_object(
             'skuId', k.id, 'productId', p.id, 'productName', p.name, 'productSlug', p.slug, 'categoryId', p.category_id,
             'skuCode', k.code, 'attributes', k.attributes, 'priceCents', k.price_cents, 'active', k.active and p.active)), '[]'::json)
           from skus k join products p on p.id = k.product_id where k.id in (${skuIds})) as price_skus`,
      sql`(select coalesce(json_agg(json_build_object(
             'id', r.id, 'name', r.name, 'kind', r.kind, 'percentBps', r.percent_bps, 'amountCents', r.amount_cents,
             'buyQuantity', r.buy_quantity, 'getQuantity', r.get_quantity, 'scope', r.scope, 'skuId', r.sku_id,
             'categoryId', r.category_id, 'minSpendCents', r.min_spend_cents, 'perCustomerLimit', r.per_customer_limit,
             'used', case when r.per_customer_limit is null or ${user} is null then 0
                     else (select count(*) from promotion_redemptions u where u.user_id = ${user} and u.promotion_id = r.id) end)), '[]'::json)
           from promotions r
           where r.active and r.starts_at <= ${at} and (r.ends_at is null or r.ends_at > ${at})
             and (r.store_id is null or r.store_id = ${storeId}) and (r.channels is null or r.channels @> ${JSON.stringify([channel])}::jsonb)
             and not r.requires_coupon) as price_promotions`,
    ],
  };
}

/** The price facts from a row that selected priceFactsPart. */
export function priceFactsOf(row: { price_store: unknown; price_skus: unknown; price_promotions: unknown }): PriceFacts {
  return {
    store: (row.price_store as PriceFacts["store"]) ?? null,
    skus: (row.price_skus as SkuFacts[]) ?? [],
    promotions: ((row.price_promotions as AutomaticRule[]) ?? []).map((rule) => ({ ...rule, used: Number(rule.used) })),
  };
}

/** The price facts of a basket, in one statement. */
export async function loadPriceFacts(db: Db, input: BasketInput): Promise<PriceFacts> {
  const ids = [...new Set(input.lines.map((line) => line.skuId))];
  const skuIds = ids.length
    ? sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )
    : sql`null::uuid`;
  const row = await runParts<Parameters<typeof priceFactsOf>[0]>(db, priceFactsPart({ ...input, now: input.now ?? new Date(), skuIds }));
  return priceFactsOf(row);
}

/**
 * The one price function: every channel — web delivery, web pickup, scan-and-go, kiosk —
 * prices a basket here, from the database, never from anything the client sent.
 */
export async function priceBasket(db: Db, input: BasketInput): Promise<PricedBasket> {
  return priceBasketWith(db, input, await loadPriceFacts(db, input));
}

/**
 * priceBasket with its facts already read (loadPriceFacts, or priceFactsPart in a larger read).
 * Reads the database again only for a coupon the shopper typed.
 */
export async function priceBasketWith(db: Db, input: BasketInput, facts: PriceFacts): Promise<PricedBasket> {
  const now = input.now ?? new Date();
  const store = facts.store;
  if (!store || store.id !== input.storeId) throw new AppError("not_found", t("stores.doesNotExist"));

  const quantities = new Map<string, number>();
  for (const line of input.lines) quantities.set(line.skuId, (quantities.get(line.skuId) ?? 0) + line.quantity);
  const byId = new Map(facts.skus.map((row) => [row.skuId, row]));
  const lines = [...quantities].map(([skuId, quantity]) => {
    const row = byId.get(skuId);
    if (!row || !row.active) throw new AppError("not_found", t("pricing.itemNotSold"));
    return { ...row, quantity, unitPriceCents: row.priceCents };
  });

  const { rules, coupon } = await loadPromotionRules(db, { ...input, now }, facts.promotions);
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

/** The automatic promotions (already read) — plus the coupon's, if it is valid (one read, only when a code was typed). */
async function loadPromotionRules(
  db: Db,
  input: BasketInput & { now: Date },
  automatic: AutomaticRule[],
): Promise<{ rules: PromotionRule[]; coupon: CouponResult | null }> {
  let coupon: CouponResult | null = null;
  const rules: (PromotionRule & { perCustomerLimit: number | null; used?: number })[] = [...automatic];
  const code = input.couponCode?.trim().toUpperCase();
  if (code) {
    const live = and(
      eq(promotions.active, true),
      lte(promotions.startsAt, input.now),
      or(isNull(promotions.endsAt), gt(promotions.endsAt, input.now)),
      or(isNull(promotions.storeId), eq(promotions.storeId, input.storeId)),
      or(isNull(promotions.channels), sql`${promotions.channels} @> ${JSON.stringify([input.channel])}::jsonb`),
    );
    const [found] = await db
      .select({
        couponId: coupons.id,
        active: coupons.active,
        maxRedemptions: coupons.maxRedemptions,
        redeemedCount: coupons.redeemedCount,
        couponLimit: coupons.perCustomerLimit,
        live: sql<boolean>`coalesce(${live}, false)`,
        minSpendCents: promotions.minSpendCents,
        // The shopper's earlier orders with this coupon, for its per-customer limit.
        used: input.userId
          ? sql<number>`(select count(*)::int from ${promotionRedemptions} where ${promotionRedemptions.userId} = ${input.userId} and ${promotionRedemptions.couponId} = ${coupons.id})`
          : sql<number>`0`,
        rule: ruleColumns,
      })
      .from(coupons)
      .innerJoin(promotions, eq(promotions.id, coupons.promotionId))
      .where(eq(coupons.code, code));
    coupon = { code, applied: false, message: t("pricing.codeInvalid"), couponId: found?.couponId ?? null, promotionId: found?.rule.id ?? null };
    if (found) {
      const used = Number(found.used);
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
  for (const { used, perCustomerLimit, ...rule } of rules) {
    if (perCustomerLimit !== null && !rule.couponId) {
      if (!input.userId) continue;
      if ((used ?? 0) >= perCustomerLimit) continue;
    }
    withinLimits.push(rule);
  }
  return { rules: withinLimits, coupon };
}
