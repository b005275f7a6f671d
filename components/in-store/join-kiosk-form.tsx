"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { failureOf } from "@/lib/actions/result";
import { joinKioskAction } from "@/lib/in-store/kiosk/actions";

/** "Show my basket on the kiosk": one tap to confirm the hand-over (a scan alone never changes anything). */
export function JoinKioskForm({ storeCode, kioskCode, token }: { storeCode: string; kioskCode: string; token: string }) {
  const t = useTranslations("kioskClient.join");
  const [state, action] = useActionState(joinKioskAction, null);
  const failure = failureOf(state);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="storeCode" value={storeCode} />
      <input type="hidden" name="kioskCode" value={kioskCode} />
      <input type="hidden" name="token" value={token} />
      {failure ? (
        <p role="alert" className="rounded-lg bg-danger-bg px-3 py-2.5 text-sm font-semibold text-danger-fg">
          {failure.message}
        </p>
      ) : null}
      <SubmitButton size="lg" fullWidth>
        {t("button")}
      </SubmitButton>
    </form>
  );
}
