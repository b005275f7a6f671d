"use client";

import { useActionState, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { CarIcon, CheckIcon } from "@/components/ui/icons";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/actions/form-action";
import { imHereAction } from "@/lib/orders/actions";

/** Curbside: "I'm here" with the parking spot; the store is told at once. */
export function ImHereForm({ orderId, arrivedSpot }: { orderId: string; arrivedSpot: string | null }) {
  const [state, dispatch] = useActionState<FormState, FormData>(imHereAction, {});
  const [editing, setEditing] = useState(false);
  const spot = state.ok ? (state.values?.parkingSpot ?? arrivedSpot) : arrivedSpot;
  useEffect(() => {
    if (state.ok) setEditing(false);
  }, [state]);

  if (spot && !editing) {
    return (
      <div className="rounded-lg border border-success-fg/20 bg-success-bg px-4 py-3 text-success-fg" role="status">
        <p className="flex items-center gap-2 font-semibold">
          <CheckIcon className="size-5" />
          We&apos;ve told the store you&apos;re here — spot {spot}
        </p>
        <p className="mt-1 text-sm">Stay in your car; an associate will bring your order out.</p>
        <Button variant="ghost" size="sm" className="mt-2 -ml-3" onClick={() => setEditing(true)}>
          Moved? Update your spot
        </Button>
      </div>
    );
  }

  return (
    <form action={dispatch} noValidate
      className="space-y-3"
    >
      <input type="hidden" name="orderId" value={orderId} />
      {state.error && !state.fieldErrors ? (
        <p role="alert" className="rounded-md bg-danger-bg px-3 py-2 text-sm font-medium text-danger-fg">
          {state.error}
        </p>
      ) : null}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <TextField
          fieldClassName="flex-1"
          label="Parking spot"
          name="parkingSpot"
          maxLength={20}
          placeholder="e.g. 4"
          defaultValue={state.values?.parkingSpot ?? arrivedSpot ?? ""}
          hint="The number on the sign of your curbside bay."
          errors={state.fieldErrors?.parkingSpot}
          required
        />
        <SubmitButton size="lg" icon={<CarIcon className="size-5" />} className="sm:mt-6.5">
          {"I'm here"}
        </SubmitButton>
      </div>
    </form>
  );
}
