import { useTranslations } from "next-intl";
import { useReducer, useTransition } from "react";
import type { CheckoutFulfilment, CheckoutQuote } from "@/lib/cart/types";
import { quoteCheckoutAction } from "@/lib/checkout/actions";
import { checkoutReducer, fulfilmentOf, initialChoice } from "./checkout-state";

/**
 * The checkout's choices (store, pickup or delivery, time, coupon) and the server's quote for
 * them: every change that moves a price asks the server again (quoteCheckoutAction).
 */
export function useCheckoutChoice(initialQuote: CheckoutQuote) {
  const t = useTranslations("checkoutClient.coupon");
  const [choice, dispatch] = useReducer(checkoutReducer, initialQuote, initialChoice);
  const [quoting, startQuote] = useTransition();
  const fulfilment = fulfilmentOf(choice);

  function requote(next: { storeId?: string; fulfilment?: CheckoutFulfilment; coupon?: string | null }) {
    const coupon = next.coupon === undefined ? choice.coupon.applied : next.coupon;
    dispatch({ type: "quoteFailed", error: null });
    startQuote(async () => {
      const result = await quoteCheckoutAction({
        storeId: next.storeId ?? choice.storeId,
        fulfilment: next.fulfilment ?? fulfilment,
        couponCode: coupon ?? undefined,
      });
      if (!result.ok) return dispatch({ type: "quoteFailed", error: result.message });
      dispatch({
        type: "quoted",
        quote: result.data,
        coupon: next.coupon === undefined ? undefined : { code: coupon, invalidMessage: t("invalid") },
      });
    });
  }

  return {
    choice,
    fulfilment,
    quoting,
    chooseMode(mode: "pickup" | "delivery") {
      dispatch({ type: "mode", mode });
      requote({ fulfilment: mode === "delivery" ? "delivery" : choice.curbside ? "curbside" : "pickup" });
    },
    chooseCurbside: (curbside: boolean) => dispatch({ type: "curbside", curbside }),
    chooseStore(storeId: string) {
      dispatch({ type: "store", storeId });
      requote({ storeId });
    },
    chooseDay: (day: string) => dispatch({ type: "day", day }),
    chooseSlot: (slot: string) => dispatch({ type: "slot", slot }),
    typeCoupon: (entry: string) => dispatch({ type: "couponTyped", entry }),
    refuseCoupon: (error: string) => dispatch({ type: "couponError", error }),
    applyCoupon() {
      const code = choice.coupon.entry.trim().toUpperCase();
      dispatch({ type: "couponTyped", entry: code });
      requote({ coupon: code || null });
    },
    removeCoupon() {
      dispatch({ type: "couponTyped", entry: "" });
      requote({ coupon: null });
    },
  };
}

export type CheckoutChoiceControls = ReturnType<typeof useCheckoutChoice>;
