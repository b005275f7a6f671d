"use client";

import { useActionState, useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { PriceSummary } from "@/components/cart/price-summary";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Field, FieldError, Input, Select, TextField } from "@/components/ui/field";
import { CarIcon, StoreIcon, TruckIcon } from "@/components/ui/icons";
import { placeOrderAction, quoteCheckoutAction, type CheckoutFormState } from "@/lib/checkout/actions";
import type { CheckoutFulfilment, CheckoutQuote } from "@/lib/cart/types";
import { deliveryTerms } from "@/lib/pricing/delivery";
import { formatMoney } from "@/lib/pricing/money";
import { newAttemptKey } from "./attempt-key";
import { RadioCard } from "./radio-card";
import { SlotPicker } from "./slot-picker";
import { TestCardsHint, type TestCard } from "./test-cards-hint";

const DELIVERY_TERMS = deliveryTerms();

export type CheckoutStore = { id: string; name: string; city: string };
export type CheckoutProfile = { name: string; email: string; phone: string | null };

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

function formatCardNumber(value: string) {
  return value
    .replace(/\D/g, "")
    .slice(0, 19)
    .replace(/(\d{4})(?=\d)/g, "$1 ");
}

function formatExpiry(value: string, deleting: boolean) {
  const digits = value.replace(/\D/g, "").slice(0, 4);
  if (digits.length <= 2) return deleting || digits.length < 2 ? digits : `${digits} / `;
  return `${digits.slice(0, 2)} / ${digits.slice(2)}`;
}

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
  const [state, dispatch, placing] = useActionState<CheckoutFormState, FormData>(placeOrderAction, {});
  const [quoting, startQuote] = useTransition();
  const [, startPlacing] = useTransition();
  const [quote, setQuote] = useState(initialQuote);
  const [quoteError, setQuoteError] = useState<string | null>(null);
  const [mode, setMode] = useState<"pickup" | "delivery">("pickup");
  const [curbside, setCurbside] = useState(false);
  const [storeId, setStoreId] = useState(initialQuote.storeId);
  const [day, setDay] = useState<string | null>(initialQuote.slotGroups[0]?.key ?? null);
  const [slot, setSlot] = useState<string | null>(initialQuote.slotGroups[0]?.slots[0]?.startsAt ?? null);
  const [couponEntry, setCouponEntry] = useState("");
  const [appliedCoupon, setAppliedCoupon] = useState<string | null>(null);
  const [triedCoupon, setTriedCoupon] = useState<string | null>(null);
  const [couponError, setCouponError] = useState<string | null>(null);
  const [idempotencyKey, setIdempotencyKey] = useState(initialKey);
  const alertRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const fulfilment: CheckoutFulfilment = mode === "delivery" ? "delivery" : curbside ? "curbside" : "pickup";
  const store = stores.find((s) => s.id === storeId) ?? stores[0];
  const errors = state.fieldErrors ?? {};
  const busy = placing || quoting;

  // A declined card ends this attempt: the next "Place order" is a new attempt with a new key.
  // Any other refusal (a typo, a full slot) keeps the key, so a retry can never pay twice.
  useEffect(() => {
    if (state.declined) setIdempotencyKey(newAttemptKey());
    if (!state.error) return;
    const field = FIELD_ORDER.find((name) => errors[name]?.length);
    const control = field ? formRef.current?.elements.namedItem(field) : null;
    if (control instanceof HTMLInputElement && control.type !== "hidden") control.focus();
    else alertRef.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once per server answer
  }, [state]);

  function requote(next: { storeId?: string; fulfilment?: CheckoutFulfilment; coupon?: string | null }) {
    const coupon = next.coupon === undefined ? appliedCoupon : next.coupon;
    setQuoteError(null);
    startQuote(async () => {
      const result = await quoteCheckoutAction({
        storeId: next.storeId ?? storeId,
        fulfilment: next.fulfilment ?? fulfilment,
        couponCode: coupon ?? undefined,
      });
      if (!result.ok) {
        setQuoteError(result.error);
        return;
      }
      setQuote(result.quote);
      if (next.coupon !== undefined) {
        const verdict = result.quote.summary.coupon;
        setTriedCoupon(coupon);
        setAppliedCoupon(verdict?.applied ? verdict.code : null);
        setCouponError(coupon && !verdict?.applied ? (verdict?.message ?? "This code isn't valid.") : null);
      }
      // Keep the chosen time when the new store has it; otherwise the earliest one.
      const all = result.quote.slotGroups.flatMap((g) => g.slots.map((s) => ({ ...s, day: g.key })));
      const keep = all.find((s) => s.startsAt === slot);
      setSlot(keep?.startsAt ?? all[0]?.startsAt ?? null);
      setDay(keep?.day ?? all[0]?.day ?? null);
    });
  }

  function applyCoupon() {
    const code = couponEntry.trim().toUpperCase();
    setCouponEntry(code);
    requote({ coupon: code || null });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const entry = couponEntry.trim().toUpperCase();
    if (entry && entry !== appliedCoupon) {
      setCouponError(entry === triedCoupon ? (quote.summary.coupon?.message ?? "This code isn't valid.") : "Press Apply to use this code, or clear it.");
      const input = formRef.current?.elements.namedItem("couponEntry");
      if (input instanceof HTMLInputElement) input.focus();
      return;
    }
    const data = new FormData(event.currentTarget);
    // Submitting by hand keeps what the shopper typed when the server refuses (no form reset).
    startPlacing(() => dispatch(data));
  }

  const summary = quote.summary;
  const couponMessage = couponError ?? errors.couponCode?.[0] ?? null;

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:gap-10">
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="fulfilment" value={fulfilment} />
      <input type="hidden" name="storeId" value={storeId} />
      <input type="hidden" name="slot" value={fulfilment === "delivery" ? "" : (slot ?? "")} />
      <input type="hidden" name="couponCode" value={appliedCoupon ?? ""} />

      <div className="min-w-0 space-y-6">
        {state.error ? (
          <div
            ref={alertRef}
            tabIndex={-1}
            role="alert"
            className="rounded-lg border border-danger-fg/20 bg-danger-bg px-4 py-3 text-danger-fg focus:outline-2 focus:outline-danger-600"
          >
            <p className="font-semibold">{state.declined ? "Payment declined" : "We couldn't place your order"}</p>
            <p className="text-sm">{state.error}</p>
          </div>
        ) : null}

        <Card as="section" aria-labelledby="fulfilment-heading">
          <CardTitle id="fulfilment-heading">How would you like your order?</CardTitle>
          <fieldset className="mt-4 min-w-0">
            <legend className="sr-only">Fulfilment</legend>
            <div className="grid gap-3 sm:grid-cols-2">
              <RadioCard
                name="mode"
                value="pickup"
                title="Pick up in store"
                detail="Free · ready in about an hour"
                icon={<StoreIcon className="size-5" />}
                checked={mode === "pickup"}
                onChange={() => {
                  setMode("pickup");
                  requote({ fulfilment: curbside ? "curbside" : "pickup" });
                }}
              />
              <RadioCard
                name="mode"
                value="delivery"
                title="Deliver to me"
                detail={`${DELIVERY_TERMS.fee} · free on orders over ${DELIVERY_TERMS.freeFrom}`}
                icon={<TruckIcon className="size-5" />}
                checked={mode === "delivery"}
                onChange={() => {
                  setMode("delivery");
                  requote({ fulfilment: "delivery" });
                }}
              />
            </div>
          </fieldset>

          <div className="mt-5 space-y-5 border-t border-line pt-5">
            <Field label={mode === "delivery" ? "Delivered from" : "Pickup store"} errors={errors.storeId}>
              {(wiring) => (
                <Select
                  {...wiring}
                  value={storeId}
                  onChange={(event) => {
                    setStoreId(event.target.value);
                    requote({ storeId: event.target.value });
                  }}
                >
                  {stores.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name} — {s.city}
                    </option>
                  ))}
                </Select>
              )}
            </Field>

            {quote.stockIssues.length > 0 && !quoting ? (
              <div role="status" className="rounded-lg border border-warning-fg/20 bg-warning-bg px-4 py-3 text-sm text-warning-fg">
                <p className="font-semibold">{store.name} can&apos;t fill all of your cart:</p>
                <ul className="mt-1 list-disc pl-5">
                  {quote.stockIssues.map((issue) => (
                    <li key={issue}>{issue}</li>
                  ))}
                </ul>
                <p className="mt-1">Choose another store, or change quantities in your cart.</p>
              </div>
            ) : null}

            {mode === "pickup" ? (
              <>
                <fieldset className="min-w-0">
                  <legend className="mb-2 text-sm font-semibold text-ink">Where do you want to collect it?</legend>
                  <div className="grid gap-3 sm:grid-cols-2">
                    <RadioCard
                      name="pickupMethod"
                      value="counter"
                      title="In store"
                      detail="At the pickup counter by the entrance"
                      icon={<StoreIcon className="size-5" />}
                      checked={!curbside}
                      onChange={() => setCurbside(false)}
                    />
                    <RadioCard
                      name="pickupMethod"
                      value="curbside"
                      title="Curbside pickup"
                      detail="Stay in your car — tap “I'm here” when you arrive"
                      icon={<CarIcon className="size-5" />}
                      checked={curbside}
                      onChange={() => setCurbside(true)}
                    />
                  </div>
                </fieldset>
                <div className={cn(quoting && "opacity-60")} aria-busy={quoting || undefined}>
                  <SlotPicker
                    groups={quote.slotGroups}
                    day={day}
                    onDayChange={setDay}
                    slot={slot}
                    onSlotChange={setSlot}
                    storeName={store.name}
                    errors={errors.slot}
                  />
                </div>
              </>
            ) : (
              <div className="grid gap-4 sm:grid-cols-6">
                <TextField
                  fieldClassName="sm:col-span-6"
                  label="Street address"
                  name="addressLine1"
                  autoComplete="address-line1"
                  errors={errors.addressLine1}
                />
                <TextField
                  fieldClassName="sm:col-span-6"
                  label="Apartment, suite, etc. (optional)"
                  name="addressLine2"
                  autoComplete="address-line2"
                  errors={errors.addressLine2}
                />
                <TextField fieldClassName="sm:col-span-3" label="City" name="city" autoComplete="address-level2" errors={errors.city} />
                <TextField fieldClassName="sm:col-span-1" label="State" name="region" autoComplete="address-level1" errors={errors.region} />
                <TextField
                  fieldClassName="sm:col-span-2"
                  label="ZIP code"
                  name="postalCode"
                  autoComplete="postal-code"
                  inputMode="numeric"
                  errors={errors.postalCode}
                />
              </div>
            )}
          </div>
        </Card>

        <Card as="section" aria-labelledby="contact-heading">
          <CardTitle id="contact-heading">Contact</CardTitle>
          <p className="mt-1 text-sm text-ink-muted">We&apos;ll send updates about this order here.</p>
          <div className="mt-4 grid gap-4 sm:grid-cols-2">
            <TextField
              fieldClassName="sm:col-span-2"
              label="Full name"
              name="contactName"
              autoComplete="name"
              defaultValue={profile.name}
              errors={errors.contactName}
            />
            <TextField
              label="Email"
              name="contactEmail"
              type="email"
              autoComplete="email"
              inputMode="email"
              defaultValue={profile.email}
              errors={errors.contactEmail}
            />
            <TextField
              label="Phone (optional)"
              name="contactPhone"
              type="tel"
              autoComplete="tel"
              defaultValue={profile.phone ?? ""}
              errors={errors.contactPhone}
            />
          </div>
        </Card>

        <Card as="section" aria-labelledby="payment-heading">
          <CardTitle id="payment-heading">Payment</CardTitle>
          <p className="mt-1 text-sm text-ink-muted">
            Your card is authorised now and charged when the order is {mode === "delivery" ? "dispatched" : "handed over"}.
          </p>
          <div className="mt-4 grid grid-cols-2 gap-4">
            <TextField
              fieldClassName="col-span-2"
              label="Card number"
              name="cardNumber"
              autoComplete="cc-number"
              inputMode="numeric"
              placeholder="1234 1234 1234 1234"
              onInput={(event) => (event.currentTarget.value = formatCardNumber(event.currentTarget.value))}
              errors={errors.cardNumber}
            />
            <TextField
              label="Expiry (MM/YY)"
              name="cardExpiry"
              autoComplete="cc-exp"
              inputMode="numeric"
              placeholder="MM / YY"
              onInput={(event) => {
                const native = event.nativeEvent as InputEvent;
                event.currentTarget.value = formatExpiry(event.currentTarget.value, native.inputType?.startsWith("delete") ?? false);
              }}
              errors={errors.cardExpiry}
            />
            <TextField
              label="CVC"
              name="cardCvc"
              autoComplete="cc-csc"
              inputMode="numeric"
              maxLength={4}
              placeholder="123"
              errors={errors.cardCvc}
            />
          </div>
          {testCards ? <TestCardsHint cards={testCards} className="mt-4" /> : null}
        </Card>
      </div>

      <aside aria-labelledby="checkout-summary-heading" className="lg:sticky lg:top-6 lg:self-start">
        <Card>
          <CardTitle id="checkout-summary-heading">Order summary</CardTitle>
          <div aria-busy={quoting || undefined} className={cn("mt-4 transition-opacity", quoting && "opacity-50")}>
            <PriceSummary summary={summary} fulfilment={fulfilment} />
          </div>

          <div className="mt-5 border-t border-line pt-5">
            <Field label="Coupon code" errors={couponMessage ?? undefined}>
              {(wiring) => (
                <div className="flex gap-2">
                  <Input
                    {...wiring}
                    name="couponEntry"
                    value={couponEntry}
                    onChange={(event) => {
                      setCouponEntry(event.target.value);
                      setCouponError(null);
                    }}
                    onKeyDown={(event) => {
                      if (event.key === "Enter") {
                        event.preventDefault();
                        applyCoupon();
                      }
                    }}
                    autoCapitalize="characters"
                    autoComplete="off"
                    spellCheck={false}
                    className="uppercase"
                  />
                  <Button variant="secondary" onClick={applyCoupon} disabled={busy} className="h-12">
                    Apply
                  </Button>
                </div>
              )}
            </Field>
            {appliedCoupon && summary.coupon?.applied ? (
              <p role="status" className="mt-2 flex items-center justify-between gap-2 text-sm font-medium text-success-fg">
                <span>
                  {appliedCoupon}: {summary.coupon.message}
                </span>
                <button
                  type="button"
                  className="h-8 rounded-full px-2 font-semibold text-ink-muted underline-offset-4 hover:underline"
                  onClick={() => {
                    setCouponEntry("");
                    requote({ coupon: null });
                  }}
                >
                  Remove<span className="sr-only"> code {appliedCoupon}</span>
                </button>
              </p>
            ) : null}
          </div>

          {quoteError ? (
            <div role="alert" className="mt-4">
              <FieldError id="quote-error" errors={quoteError} />
            </div>
          ) : null}

          <Button type="submit" size="lg" fullWidth loading={placing} disabled={quoting} className="mt-6">
            Place order
          </Button>
          <p className="mt-3 text-center text-sm text-ink-muted">
            You&apos;ll pay <span className="font-semibold text-ink tabular">{formatMoney(summary.totalCents, summary.currency)}</span>
            {fulfilment === "delivery" ? "" : ` · ${fulfilment === "curbside" ? "curbside pickup" : "pickup"} at ${store.name}`}.
          </p>
        </Card>
      </aside>
    </form>
  );
}
