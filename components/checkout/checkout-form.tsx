"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useTransition, type FormEvent } from "react";
import { failureOf } from "@/lib/actions/result";
import type { CheckoutQuote } from "@/lib/cart/types";
import { placeOrderAction } from "@/lib/checkout/actions";
import { useAttemptKey } from "./attempt-key";
import { ContactSection, type CheckoutProfile } from "./contact-section";
import { FulfilmentSection, type CheckoutStore } from "./fulfilment-section";
import { PaymentSection } from "./payment-section";
import { SummaryPanel } from "./summary-panel";
import type { TestCard } from "./test-cards-hint";
import { useCheckoutChoice } from "./use-checkout-choice";

export type { CheckoutProfile, CheckoutStore };

// Fields in page order: after a refusal, focus goes to the first one with an error.
const FIELD_ORDER = [
  "slot",
  "addressLine1",
  "addressLine2",
  "city",
  "region",
  "postalCode",
  "contactName",
  "contactEmail",
  "contactPhone",
  "cardNumber",
  "cardExpiry",
  "cardCvc",
  "couponCode",
];

export function CheckoutForm({
  initialQuote,
  initialKey,
  stores,
  profile,
  testCards,
}: {
  initialQuote: CheckoutQuote;
  /** Made on the server when the page rendered; replaced only after a decline. */
  initialKey: string;
  stores: CheckoutStore[];
  profile: CheckoutProfile;
  testCards: TestCard[] | null;
}) {
  const t = useTranslations("checkoutClient");
  const [state, dispatch, placing] = useActionState(placeOrderAction, null);
  const [, startPlacing] = useTransition();
  const checkout = useCheckoutChoice(initialQuote);
  const idempotencyKey = useAttemptKey(initialKey, state);
  const alertRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const router = useRouter();
  const placedId = state?.ok ? state.data.orderId : null;

  const { choice, fulfilment } = checkout;
  const store = stores.find((s) => s.id === choice.storeId) ?? stores[0];
  const failure = failureOf(state);
  const errors = failure?.fieldErrors ?? {};

  // The action answers the placed order; the order page (rendered on its own) says it was placed.
  useEffect(() => {
    if (placedId) router.push(`/orders/${placedId}?placed=1`);
  }, [placedId, router]);

  useEffect(() => {
    if (!failure) return;
    const field = FIELD_ORDER.find((name) => errors[name]?.length);
    const control = field ? formRef.current?.elements.namedItem(field) : null;
    if (control instanceof HTMLInputElement && control.type !== "hidden") control.focus();
    else alertRef.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once per server answer
  }, [state]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { entry: typed, applied, tried } = choice.coupon;
    const entry = typed.trim().toUpperCase();
    if (entry && entry !== applied) {
      checkout.refuseCoupon(entry === tried ? (choice.quote.summary.coupon?.message ?? t("coupon.invalid")) : t("coupon.pressApply"));
      const input = formRef.current?.elements.namedItem("couponEntry");
      if (input instanceof HTMLInputElement) input.focus();
      return;
    }
    const data = new FormData(event.currentTarget);
    // Submitting by hand keeps what the shopper typed when the server refuses (no form reset).
    startPlacing(() => dispatch(data));
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:gap-10">
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="fulfilment" value={fulfilment} />
      <input type="hidden" name="storeId" value={choice.storeId} />
      <input type="hidden" name="slot" value={fulfilment === "delivery" ? "" : (choice.slot ?? "")} />
      <input type="hidden" name="couponCode" value={choice.coupon.applied ?? ""} />

      <div className="min-w-0 space-y-6">
        {failure ? (
          <div
            ref={alertRef}
            tabIndex={-1}
            role="alert"
            className="rounded-lg border border-danger-fg/20 bg-danger-bg px-4 py-3 text-danger-fg focus:outline-2 focus:outline-danger-600"
          >
            <p className="font-semibold">{failure.code === "payment_declined" ? t("refused.declined") : t("refused.failed")}</p>
            <p className="text-sm">{failure.message}</p>
          </div>
        ) : null}
        <FulfilmentSection checkout={checkout} stores={stores} errors={errors} />
        <ContactSection profile={profile} errors={errors} />
        <PaymentSection fulfilment={fulfilment} testCards={testCards} errors={errors} />
      </div>

      <SummaryPanel
        checkout={checkout}
        storeName={store.name}
        couponMessage={choice.coupon.error ?? errors.couponCode?.[0] ?? null}
        placing={placing || placedId !== null}
      />
    </form>
  );
}
