"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/errors";

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

/**
 * The card fields of every payment form (web checkout, scan-and-go, kiosk): number, expiry and
 * CVC, formatted as typed. Their values go to the server action and never come back.
 */
export function CardFields({ errors }: { errors: FieldErrors }) {
  const t = useTranslations("payment.card");
  return (
    <div className="grid grid-cols-2 gap-4">
      <TextField
        fieldClassName="col-span-2"
        label={t("number")}
        name="cardNumber"
        autoComplete="cc-number"
        inputMode="numeric"
        placeholder={t("numberPlaceholder")}
        required
        onInput={(event) => (event.currentTarget.value = formatCardNumber(event.currentTarget.value))}
        errors={errors.cardNumber}
      />
      <TextField
        label={t("expiry")}
        name="cardExpiry"
        autoComplete="cc-exp"
        inputMode="numeric"
        placeholder={t("expiryPlaceholder")}
        required
        onInput={(event) => {
          const native = event.nativeEvent as InputEvent;
          event.currentTarget.value = formatExpiry(event.currentTarget.value, native.inputType?.startsWith("delete") ?? false);
        }}
        errors={errors.cardExpiry}
      />
      <TextField
        label={t("cvc")}
        name="cardCvc"
        autoComplete="cc-csc"
        inputMode="numeric"
        maxLength={4}
        placeholder={t("cvcPlaceholder")}
        required
        errors={errors.cardCvc}
      />
    </div>
  );
}
