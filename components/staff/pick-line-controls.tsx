"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { FieldError, Input, Label } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { echoedValue, failureOf } from "@/lib/actions/result";
import { pickLineAction } from "@/lib/fulfilment/actions";

type Mode = "idle" | "short" | "substitute";

/** Per line: "Picked", "Short" (how many found) or "Substitute" (another SKU's code or barcode). */
export function PickLineControls({
  storeCode,
  orderId,
  lineId,
  productName,
  quantity,
  done,
}: {
  storeCode: string;
  orderId: string;
  lineId: string;
  productName: string;
  quantity: number;
  done: boolean;
}) {
  const t = useTranslations("pickupsClient.pickLine");
  const [state, dispatch] = useActionState(pickLineAction, null);
  const failure = failureOf(state);
  const [mode, setMode] = useState<Mode>("idle");
  const [editing, setEditing] = useState(!done);
  const id = useId();
  // Follow a new answer and a new "done" while rendering them, not in effects.
  const [answered, setAnswered] = useState(state);
  if (state !== answered) {
    setAnswered(state);
    if (state?.ok) {
      setMode("idle");
      setEditing(false);
    }
  }
  const [wasDone, setWasDone] = useState(done);
  if (done !== wasDone) {
    setWasDone(done);
    setEditing(!done);
  }

  if (!editing) {
    return (
      <Button variant="ghost" size="sm" onClick={() => setEditing(true)} aria-label={t("changeLabel", { name: productName })}>
        {t("change")}
      </Button>
    );
  }

  const hidden = (
    <>
      <input type="hidden" name="storeCode" value={storeCode} />
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="lineId" value={lineId} />
    </>
  );
  return (
    <div className="space-y-3">
      {mode === "idle" ? (
        <div className="flex flex-wrap gap-2">
          <form action={dispatch}>
            {hidden}
            <input type="hidden" name="outcome" value="picked" />
            <SubmitButton size="sm" aria-label={t("pickedLabel", { name: productName })}>
              {t("picked")}
            </SubmitButton>
          </form>
          <Button size="sm" variant="secondary" onClick={() => setMode("short")} aria-label={t("shortLabel", { name: productName })}>
            {t("short")}
          </Button>
          <Button size="sm" variant="secondary" onClick={() => setMode("substitute")} aria-label={t("substituteLabel", { name: productName })}>
            {t("substitute")}
          </Button>
        </div>
      ) : null}
      {mode === "short" ? (
        <form action={dispatch} className="flex flex-wrap items-end gap-2" noValidate>
          {hidden}
          <input type="hidden" name="outcome" value="short" />
          <div>
            <Label htmlFor={`${id}-found`}>{t("found", { quantity })}</Label>
            <Input
              id={`${id}-found`}
              name="foundQuantity"
              type="number"
              inputMode="numeric"
              min={0}
              max={quantity - 1}
              defaultValue={echoedValue(state, "foundQuantity") ?? "0"}
              className="mt-1 h-10 w-24"
              aria-invalid={Boolean(failure?.fieldErrors?.foundQuantity) || undefined}
              aria-describedby={`${id}-found-error`}
              autoFocus
            />
          </div>
          <SubmitButton size="sm">{t("saveShort")}</SubmitButton>
          <Button size="sm" variant="ghost" onClick={() => setMode("idle")}>
            {t("back")}
          </Button>
          <FieldError id={`${id}-found-error`} errors={failure?.fieldErrors?.foundQuantity} className="basis-full" />
        </form>
      ) : null}
      {mode === "substitute" ? (
        <form action={dispatch} className="flex flex-wrap items-end gap-2" noValidate>
          {hidden}
          <input type="hidden" name="outcome" value="substituted" />
          <div className="min-w-0 flex-1">
            <Label htmlFor={`${id}-sub`}>{t("substituteCode")}</Label>
            <Input
              id={`${id}-sub`}
              name="substitute"
              autoComplete="off"
              defaultValue={echoedValue(state, "substitute") ?? ""}
              className="mt-1 h-10 font-mono"
              aria-invalid={Boolean(failure?.fieldErrors?.substitute) || undefined}
              aria-describedby={`${id}-sub-error`}
              autoFocus
            />
          </div>
          <SubmitButton size="sm">{t("saveSubstitute")}</SubmitButton>
          <Button size="sm" variant="ghost" onClick={() => setMode("idle")}>
            {t("back")}
          </Button>
          <FieldError id={`${id}-sub-error`} errors={failure?.fieldErrors?.substitute} className="basis-full" />
        </form>
      ) : null}
      {failure && !failure.fieldErrors ? (
        <p role="alert" className="text-sm font-medium text-danger-fg">
          {failure.message}
        </p>
      ) : null}
    </div>
  );
}
