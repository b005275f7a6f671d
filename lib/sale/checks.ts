import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { shortOfStock } from "@/lib/inventory/service";
import type { PricedBasket, PricedLine } from "@/lib/pricing/service";

const t = translator("failures");

// The checks every channel makes before the card is charged; the sale's transaction is the guarantee.

/** A coupon the shopper typed must apply, or nothing is charged (the message goes on the field). */
export function assertCouponApplied(couponCode: string | undefined | null, basket: PricedBasket) {
  if (couponCode && !basket.coupon?.applied) {
    const message = basket.coupon?.message ?? t("pricing.codeInvalid");
    throw new AppError("invalid_input", message, { couponCode: [message] });
  }
}

/**
 * Refuses before charging the card when the store can't fill a line from what it had free when
 * the sale was read (loadSale's `available`); the channel words it.
 */
export function assertInStock(basket: PricedBasket, available: Map<string, number>, message: (short: PricedLine[]) => string) {
  const short = shortOfStock(basket.lines, available);
  if (short.length > 0) throw new AppError("out_of_stock", message(short));
}
