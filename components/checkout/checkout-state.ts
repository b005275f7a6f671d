import type { CheckoutFulfilment, CheckoutQuote } from "@/lib/cart/types";

/** What the shopper has chosen at checkout, and the quote the server priced for it. */
export type CheckoutChoice = {
  mode: "pickup" | "delivery";
  curbside: boolean;
  storeId: string;
  day: string | null;
  slot: string | null;
  quote: CheckoutQuote;
  quoteError: string | null;
  coupon: {
    /** What is typed in the coupon field. */
    entry: string;
    /** The code the current quote applies (sent with the order). */
    applied: string | null;
    /** The last code sent for a quote, applied or not. */
    tried: string | null;
    error: string | null;
  };
};

export type CheckoutEvent =
  | { type: "mode"; mode: CheckoutChoice["mode"] }
  | { type: "curbside"; curbside: boolean }
  | { type: "store"; storeId: string }
  | { type: "day"; day: string }
  | { type: "slot"; slot: string }
  | { type: "couponTyped"; entry: string }
  | { type: "couponError"; error: string | null }
  | { type: "quoteFailed"; error: string | null }
  /** A new quote; `coupon` is the code it was asked with when the coupon changed. */
  | { type: "quoted"; quote: CheckoutQuote; coupon?: { code: string | null; invalidMessage: string } };

export function initialChoice(quote: CheckoutQuote): CheckoutChoice {
  return {
    mode: "pickup",
    curbside: false,
    storeId: quote.storeId,
    day: quote.slotGroups[0]?.key ?? null,
    slot: quote.slotGroups[0]?.slots[0]?.startsAt ?? null,
    quote,
    quoteError: null,
    coupon: { entry: "", applied: null, tried: null, error: null },
  };
}

export function fulfilmentOf(choice: Pick<CheckoutChoice, "mode" | "curbside">): CheckoutFulfilment {
  return choice.mode === "delivery" ? "delivery" : choice.curbside ? "curbside" : "pickup";
}

export function checkoutReducer(choice: CheckoutChoice, event: CheckoutEvent): CheckoutChoice {
  switch (event.type) {
    case "mode":
      return { ...choice, mode: event.mode };
    case "curbside":
      return { ...choice, curbside: event.curbside };
    case "store":
      return { ...choice, storeId: event.storeId };
    case "day":
      return { ...choice, day: event.day };
    case "slot":
      return { ...choice, slot: event.slot };
    case "couponTyped":
      return { ...choice, coupon: { ...choice.coupon, entry: event.entry, error: null } };
    case "couponError":
      return { ...choice, coupon: { ...choice.coupon, error: event.error } };
    case "quoteFailed":
      return { ...choice, quoteError: event.error };
    case "quoted": {
      let coupon = choice.coupon;
      if (event.coupon) {
        const verdict = event.quote.summary.coupon;
        const code = event.coupon.code;
        coupon = {
          ...coupon,
          tried: code,
          applied: verdict?.applied ? verdict.code : null,
          error: code && !verdict?.applied ? (verdict?.message ?? event.coupon.invalidMessage) : null,
        };
      }
      // Keep the chosen time when the new store has it; otherwise the earliest one.
      const all = event.quote.slotGroups.flatMap((g) => g.slots.map((s) => ({ ...s, day: g.key })));
      const keep = all.find((s) => s.startsAt === choice.slot);
      return {
        ...choice,
        quote: event.quote,
        coupon,
        slot: keep?.startsAt ?? all[0]?.startsAt ?? null,
        day: keep?.day ?? all[0]?.day ?? null,
      };
    }
  }
}
