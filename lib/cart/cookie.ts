/** Guest carts are found by the random token in this HttpOnly cookie. */
export const GUEST_CART_COOKIE = "aisle_cart";
export const GUEST_CART_MAX_AGE = 60 * 60 * 24 * 30;
