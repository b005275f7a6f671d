"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { echoedValue, failureOf } from "@/lib/actions/result";
import { cancelOrderAction } from "@/lib/fulfilment/actions";

/** Manager's cancel, with the reason the shopper will read. */
export function CancelOrderForm({ storeCode, orderId }: { storeCode: string; orderId: string }) {
  const t = useTranslations("pickupsClient.cancel");
  const [state, dispatch] = useActionState(cancelOrderAction, null);
  const failure = failureOf(state);
  return (
    <form action={dispatch} className="space-y-3" noValidate>
      <input type="hidden" name="storeCode" value={storeCode} />
      <input type="hidden" name="orderId" value={orderId} />
      <TextField label={t("reason")} name="reason" defaultValue={echoedValue(state, "reason") ?? ""} errors={failure?.fieldErrors?.reason} />
      <SubmitButton variant="danger" fullWidth>
        {t("submit")}
      </SubmitButton>
      {failure && !failure.fieldErrors ? (
        <p role="alert" className="text-sm font-medium text-danger-fg">
          {failure.message}
        </p>
      ) : null}
    </form>
  );
}
