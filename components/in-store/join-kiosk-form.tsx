"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { joinKioskAction, type JoinState } from "@/lib/kiosk/actions";

/** "Show my basket on the kiosk": one tap to confirm the hand-over (a scan alone never changes anything). */
export function JoinKioskForm({ storeCode, kioskCode, token }: { storeCode: string; kioskCode: string; token: string }) {
  const [state, action] = useActionState<JoinState, FormData>(joinKioskAction.bind(null, storeCode, kioskCode, token), {});
  return (
    <form action={action} className="space-y-3">
      {state.error ? (
        <p role="alert" className="rounded-lg bg-danger-bg px-3 py-2.5 text-sm font-semibold text-danger-fg">
          {state.error}
        </p>
      ) : null}
      <SubmitButton size="lg" fullWidth>
        Show my basket on the kiosk
      </SubmitButton>
    </form>
  );
}
