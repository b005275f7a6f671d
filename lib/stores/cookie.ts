/** The shopper's chosen store code ("My store"), kept for a year. */
export const STORE_COOKIE = "aisle_store";
export const STORE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;
