/** Plain DTOs the cart and checkout screens render; safe to pass to client components. */

export type PriceSummary = {
  currency: string;
  itemCount: number;
  subtotalCents: number;
  /** Promotions applied, by name, with what each took off. */
  promotions: { name: string; discountCents: number }[];
  discountCents: number;
  taxCents: number;
  taxRateBps: number;
  deliveryFeeCents: number;
  totalCents: number;
  coupon: { code: string; applied: boolean; message: string } | null;
};

export type CartLineView = {
  skuId: string;
  productSlug: string;
  productName: string;
  brand: string;
  imageUrl: string;
  /** "Size: M · Color: Sage", or null for single-variant products. */
  variant: string | null;
  quantity: number;
  unitPriceCents: number;
  discountCents: number;
  lineTotalCents: number;
  /** Units the cart's store can sell now. */
  available: number;
  /** False when the product was withdrawn: it is shown, not priced, and must be removed. */
  sellable: boolean;
  /** Set when the store can't fill the line: "Only 2 left at Aisle Capitol Hill". */
  stockWarning: string | null;
};

export type CartView = {
  cartId: string | null;
  store: { id: string; name: string };
  lines: CartLineView[];
  summary: PriceSummary;
  /** True when some line can't be bought as it stands (withdrawn or more than the store has). */
  hasProblems: boolean;
};

export type CartCount = { count: number; subtotalCents: number; currency: string };

export type SlotGroup = {
  key: string;
  /** "Today", "Tomorrow", or the weekday, in the store's time zone. */
  label: string;
  /** "Mar 5" */
  dateLabel: string;
  slots: { startsAt: string; label: string; remaining: number }[];
};

export type CheckoutFulfilment = "pickup" | "curbside" | "delivery";

/** Everything the checkout shows for one choice of store, fulfilment and coupon. */
export type CheckoutQuote = {
  storeId: string;
  fulfilment: CheckoutFulfilment;
  summary: PriceSummary;
  slotGroups: SlotGroup[];
  /** Lines the chosen store can't fill: "Only 2 left at Aisle Ballard: Oat Milk". */
  stockIssues: string[];
};
