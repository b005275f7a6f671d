import { eq, sql } from "drizzle-orm";
import { coupons, promotionRedemptions } from "@/db/schema";
import type { Db } from "@/lib/db";

/**
 * A cancelled order gives back what it redeemed: its redemption rows go (so per-customer limits
 * count it no more) and each coupon's count drops by one. Call in the cancel's transaction (the
 * opposite of lib/sale/redeem-promotions.ts).
 */
export async function releasePromotions(tx: Db, { orderId }: { orderId: string }) {
  const released = await tx
    .delete(promotionRedemptions)
    .where(eq(promotionRedemptions.orderId, orderId))
    .returning({ couponId: promotionRedemptions.couponId });
  for (const { couponId } of released) {
    if (!couponId) continue;
    await tx
      .update(coupons)
      .set({ redeemedCount: sql`greatest(${coupons.redeemedCount} - 1, 0)` })
      .where(eq(coupons.id, couponId));
  }
}
