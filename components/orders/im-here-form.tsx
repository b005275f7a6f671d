"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { CarIcon, CheckIcon } from "@/components/ui/icons";
import { SubmitButton } from "@/components/ui/submit-button";
import { echoedValue, failureOf, fieldError } from "@/lib/actions/result";
import { imHereAction } from "@/lib/fulfilment/actions";

/** Curbside: "I'm here" with the parking spot; the store is told at once. */
export function ImHereForm({ orderId, arrivedSpot }: { orderId: string; arrivedSpot: string | null }) {
  const t = useTranslations("ordersClient.imHere");
  const [state, dispatch] = useActionState(imHereAction, null);
  // "Update your spot" reopens the form over the answer shown then; a newer success closes it.
  const [editingFrom, setEditingFrom] = useState<typeof state | undefined>(undefined);
  const editing = editingFrom !== undefined && !(state?.ok && state !== editingFrom);
  const spot = state?.ok ? state.data.parkingSpot : arrivedSpot;
  const failure = failureOf(state);

  if (spot && !editing) {
    return (
      <div className="rounded-lg border border-success-fg/20 bg-success-bg px-4 py-3 text-success-fg" role="status">
        <p className="flex items-center gap-2 font-semibold">
          <CheckIcon className="size-5" />
          {t("told", { spot })}
        </p>
        <p className="mt-1 text-sm">{t("stay")}</p>
        <Button variant="ghost" size="sm" className="mt-2 -ml-3" onClick={() => setEditingFrom(state)}>
          {t("update")}
        </Button>
      </div>
    );
  }

  return (
    <form action={dispatch} noValidate className="space-y-3">
      <input type="hidden" name="orderId" value={orderId} />
      {failure && !failure.fieldErrors ? (
        <p role="alert" className="rounded-md bg-danger-bg px-3 py-2 text-sm font-medium text-danger-fg">
          {failure.message}
        </p>
      ) : null}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <TextField
          fieldClassName="flex-1"
          label={t("label")}
          name="parkingSpot"
          maxLength={20}
          placeholder={t("placeholder")}
          defaultValue={echoedValue(state, "parkingSpot") ?? spot ?? ""}
          hint={t("hint")}
          errors={fieldError(state, "parkingSpot")}
          required
        />
        <SubmitButton size="lg" icon={<CarIcon className="size-5" />} className="sm:mt-6.5">
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
