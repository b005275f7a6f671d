"use client";

import { useTranslations } from "next-intl";
import { Card, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Field, Select, TextField } from "@/components/ui/field";
import { CarIcon, StoreIcon, TruckIcon } from "@/components/ui/icons";
import type { FieldErrors } from "@/lib/errors";
import { deliveryTerms } from "@/lib/pricing/delivery";
import { RadioCard } from "./radio-card";
import { SlotPicker } from "./slot-picker";
import type { CheckoutChoiceControls } from "./use-checkout-choice";

const DELIVERY_TERMS = deliveryTerms();

export type CheckoutStore = { id: string; name: string; city: string };

/** How the order is fulfilled: pickup (counter or curbside, with a time) or delivery (an address), from which store. */
export function FulfilmentSection({ checkout, stores, errors }: { checkout: CheckoutChoiceControls; stores: CheckoutStore[]; errors: FieldErrors }) {
  const t = useTranslations("checkoutClient.fulfilment");
  const { choice, quoting } = checkout;
  const store = stores.find((s) => s.id === choice.storeId) ?? stores[0];
  return (
    <Card as="section" aria-labelledby="fulfilment-heading">
      <CardTitle id="fulfilment-heading">{t("heading")}</CardTitle>
      <fieldset className="mt-4 min-w-0">
        <legend className="sr-only">{t("legend")}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <RadioCard
            name="mode"
            value="pickup"
            title={t("pickup.title")}
            detail={t("pickup.detail")}
            icon={<StoreIcon className="size-5" />}
            checked={choice.mode === "pickup"}
            onChange={() => checkout.chooseMode("pickup")}
          />
          <RadioCard
            name="mode"
            value="delivery"
            title={t("delivery.title")}
            detail={t("delivery.detail", DELIVERY_TERMS)}
            icon={<TruckIcon className="size-5" />}
            checked={choice.mode === "delivery"}
            onChange={() => checkout.chooseMode("delivery")}
          />
        </div>
      </fieldset>

      <div className="mt-5 space-y-5 border-t border-line pt-5">
        <Field label={choice.mode === "delivery" ? t("storeDelivery") : t("storePickup")} errors={errors.storeId}>
          {(wiring) => (
            <Select {...wiring} value={choice.storeId} onChange={(event) => checkout.chooseStore(event.target.value)}>
              {stores.map((s) => (
                <option key={s.id} value={s.id}>
                  {t("storeOption", { name: s.name, city: s.city })}
                </option>
              ))}
            </Select>
          )}
        </Field>

        {choice.quote.stockIssues.length > 0 && !quoting ? (
          <div role="status" className="rounded-lg border border-warning-fg/20 bg-warning-bg px-4 py-3 text-sm text-warning-fg">
            <p className="font-semibold">{t("stockIssues.title", { store: store.name })}</p>
            <ul className="mt-1 list-disc pl-5">
              {choice.quote.stockIssues.map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
            <p className="mt-1">{t("stockIssues.hint")}</p>
          </div>
        ) : null}

        {choice.mode === "pickup" ? (
          <>
            <fieldset className="min-w-0">
              <legend className="mb-2 text-sm font-semibold text-ink">{t("method.legend")}</legend>
              <div className="grid gap-3 sm:grid-cols-2">
                <RadioCard
                  name="pickupMethod"
                  value="counter"
                  title={t("method.counter.title")}
                  detail={t("method.counter.detail")}
                  icon={<StoreIcon className="size-5" />}
                  checked={!choice.curbside}
                  onChange={() => checkout.chooseCurbside(false)}
                />
                <RadioCard
                  name="pickupMethod"
                  value="curbside"
                  title={t("method.curbside.title")}
                  detail={t("method.curbside.detail")}
                  icon={<CarIcon className="size-5" />}
                  checked={choice.curbside}
                  onChange={() => checkout.chooseCurbside(true)}
                />
              </div>
            </fieldset>
            <div className={cn(quoting && "opacity-60")} aria-busy={quoting || undefined}>
              <SlotPicker
                groups={choice.quote.slotGroups}
                day={choice.day}
                onDayChange={checkout.chooseDay}
                slot={choice.slot}
                onSlotChange={checkout.chooseSlot}
                storeName={store.name}
                errors={errors.slot}
              />
            </div>
          </>
        ) : (
          <div className="grid gap-4 sm:grid-cols-6">
            <TextField
              fieldClassName="sm:col-span-6"
              label={t("address.line1")}
              name="addressLine1"
              autoComplete="address-line1"
              errors={errors.addressLine1}
            />
            <TextField
              fieldClassName="sm:col-span-6"
              label={t("address.line2")}
              name="addressLine2"
              autoComplete="address-line2"
              errors={errors.addressLine2}
            />
            <TextField fieldClassName="sm:col-span-3" label={t("address.city")} name="city" autoComplete="address-level2" errors={errors.city} />
            <TextField
              fieldClassName="sm:col-span-1"
              label={t("address.region")}
              name="region"
              autoComplete="address-level1"
              errors={errors.region}
            />
            <TextField
              fieldClassName="sm:col-span-2"
              label={t("address.postalCode")}
              name="postalCode"
              autoComplete="postal-code"
              inputMode="numeric"
              errors={errors.postalCode}
            />
          </div>
        )}
      </div>
    </Card>
  );
}
