import { and, eq, sql } from "drizzle-orm";
import { coupons, promotionRedemptions } from "@/db/schema";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import type { PricedBasket } from "@/lib/pricing/service";

const t = translator("failures");

/** Records promotion use and takes a coupon redemption — refused when the coupon ran out meanwhile. */
export async function redeemPromotions(tx: Db, { basket, orderId, userId }: { basket: PricedBasket; orderId: string; userId: string }) {
  for (const applied of basket.promotions) {
    if (applied.couponId) {
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
        const [used] = await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(promotionRedemptions)
          .where(and(eq(promotionRedemptions.couponId, applied.couponId), eq(promotionRedemptions.userId, userId)));
        if (Number(used.n) >= coupon.perCustomerLimit) {
          throw new AppError("conflict", t("pricing.codeUsed"), { couponCode: [t("pricing.codeUsed")] });
        }
      }
    }
    await tx.insert(promotionRedemptions).values({
      promotionId: applied.promotionId,
      couponId: applied.couponId,
      orderId,
      userId,
      discountCents: applied.discountCents,
    });
  }
}
