"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { newAttemptKey } from "@/components/checkout/attempt-key";
import type { TestCard } from "@/components/checkout/test-cards-hint";
import { Button } from "@/components/ui/button-base";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { PayForm } from "./pay-form";

/**
 * "Pay here" on the kiosk screen: the kiosk's card terminal, for a shopper who'd rather not pay
 * on the phone. Once paid, the kiosk's live stream turns the screen to "Paid — thank you".
 */
export function KioskPayPanel<T>({
  action,
  fields,
  totalLabel,
  testCards,
}: {
  action: (previous: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>;
  /** Hidden fields naming this kiosk: its store and its code. */
  fields: Record<string, string>;
  totalLabel: string;
  testCards: TestCard[] | null;
}) {
  const t = useTranslations("payment.kiosk");
  const [open, setOpen] = useState(false);
  const [attemptKey] = useState(newAttemptKey);
  if (!open) {
    return (
      <Button size="lg" className="h-14 w-full text-lg" onClick={() => setOpen(true)}>
        {t("open")}
      </Button>
    );
  }
  return (
    <section aria-labelledby="kiosk-pay" className="rounded-xl border border-line bg-surface p-5 shadow-card">
      <div className="mb-3 flex items-baseline justify-between gap-3">
        <h3 id="kiosk-pay" className="text-xl font-extrabold text-ink">
          {t("title", { total: totalLabel })}
        </h3>
        <Button variant="ghost" size="sm" onClick={() => setOpen(false)}>
          {t("cancel")}
        </Button>
      </div>
      <PayForm action={action} fields={fields} totalLabel={totalLabel} testCards={testCards} initialKey={attemptKey} passOn="kiosk" />
    </section>
  );
}
