import { formatMoney } from "./money";

// Client-safe: the checkout form shows these terms before the server prices the basket.

/** Home delivery costs this much below the free-delivery threshold (after discounts). */
export const DELIVERY_FEE_CENTS = 599;
export const FREE_DELIVERY_FROM_CENTS = 5000;

/** The delivery fee for a delivery basket worth `afterDiscountCents`. */
export function deliveryFeeFor(afterDiscountCents: number) {
  return afterDiscountCents < FREE_DELIVERY_FROM_CENTS ? DELIVERY_FEE_CENTS : 0;
}

/** The delivery terms as money, for copy: { fee: "$5.99", freeFrom: "$50" }. */
export function deliveryTerms(currency = "USD") {
  return {
    fee: formatMoney(DELIVERY_FEE_CENTS, currency),
    freeFrom: formatMoney(FREE_DELIVERY_FROM_CENTS, currency, undefined, { dropZeroCents: true }),
  };
}
