import { and, eq, sql } from "drizzle-orm";
import { coupons, promotionRedemptions } from "@/db/schema";
import type { Db } from "@/lib/db";
import type { StatementPart } from "@/lib/db/statement";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import type { PricedBasket } from "@/lib/pricing/service";

const t = translator("failures");

/**
 * Takes each coupon's redemption — refused when the coupon ran out meanwhile, or the shopper
 * used up its per-customer limit — and answers the redemption rows as part of the sale's last
 * statement (null when the basket used no promotion). Nothing is sent for a basket without a coupon.
 */
export async function redeemPromotions(
  tx: Db,
  { basket, orderId, userId }: { basket: PricedBasket; orderId: string; userId: string },
): Promise<StatementPart | null> {
  for (const applied of basket.promotions) {
    if (!applied.couponId) continue;
    // The row lock taken here serialises concurrent redemptions of one coupon.
    const [coupon] = await tx
      .update(coupons)
      .set({ redeemedCount: sql`${coupons.redeemedCount} + 1` })
      .where(
        and(
          eq(coupons.id, applied.couponId),
          eq(coupons.active, true),
          sql`(${coupons.maxRedemptions} is null or ${coupons.redeemedCount} < ${coupons.maxRedemptions})`,
        ),
      )
      .returning({ perCustomerLimit: coupons.perCustomerLimit });
    if (!coupon) throw new AppError("conflict", t("sale.codeRedeemed"), { couponCode: [t("sale.codeUnavailable")] });
    if (coupon.perCustomerLimit !== null) {
      // Its own statement, after the lock: it must see what a redemption that held the lock committed.
      const [used] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(promotionRedemptions)
        .where(and(eq(promotionRedemptions.couponId, applied.couponId), eq(promotionRedemptions.userId, userId)));
      if (Number(used.n) >= coupon.perCustomerLimit) {
        throw new AppError("conflict", t("pricing.codeUsed"), { couponCode: [t("pricing.codeUsed")] });
      }
    }
  }
  if (basket.promotions.length === 0) return null;
  const rows = basket.promotions.map((applied) => ({
    promotionId: applied.promotionId,
    couponId: applied.couponId,
    orderId,
    userId,
    discountCents: applied.discountCents,
  }));
  return { with: [sql`redemptions as (${tx.insert(promotionRedemptions).values(rows).getSQL()})`] };
}
