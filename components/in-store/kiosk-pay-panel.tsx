"use client";

import { useState } from "react";
import { newAttemptKey } from "@/components/checkout/attempt-key";
import type { TestCard } from "@/components/checkout/test-cards-hint";
import { Button } from "@/components/ui/button-base";
import type { FormState } from "@/lib/actions/form-action";
import { PayForm } from "./pay-form";

/**
 * "Pay here" on the kiosk screen: the kiosk's card terminal, for a shopper who'd rather not pay
 * on the phone. Once paid, the kiosk's live stream turns the screen to "Paid — thank you".
 */
export function KioskPayPanel({ action, totalLabel, testCards }: { action: (previous: FormState, formData: FormData) => Promise<FormState>; totalLabel: string; testCards: TestCard[] | null }) {
  const [open, setOpen] = useState(false);
  const [attemptKey] = useState(newAttemptKey);
  if (!open) {
    return (
      <Button size="lg" className="h-14 w-full text-lg" onClick={() => setOpen(true)}>
        Pay here by card
      </Button>
    );
  }
  return (
    <section aria-labelledby="kiosk-pay" className="rounded-xl border border-line bg-surface p-5 shadow-card">
      <div className="mb-3 flex items-baseline justify-between gap-3">
        <h3 id="kiosk-pay" className="text-xl font-extrabold text-ink">
          Pay {totalLabel} here
        </h3>
        <Button variant="ghost" size="sm" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
      <PayForm action={action} totalLabel={totalLabel} testCards={testCards} initialKey={attemptKey} after="Your exit pass appears on your phone." />
    </section>
  );
}
