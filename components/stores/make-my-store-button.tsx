"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { CheckIcon } from "@/components/ui/icons";
import { useToast } from "@/components/ui/toast";
import type { ButtonVariant } from "@/components/ui/button";
import { failureOf } from "@/lib/actions/result";
import { setMyStoreAction } from "@/lib/stores/actions";

/** "Make this my store" — or a quiet confirmation when it already is. */
export function MakeMyStoreButton({
  code,
  storeName,
  isCurrent,
  variant = "secondary",
  fullWidth,
}: {
  code: string;
  storeName: string;
  isCurrent: boolean;
  variant?: ButtonVariant;
  fullWidth?: boolean;
}) {
  const t = useTranslations("storesClient.makeMyStore");
  const [state, formAction] = useActionState(setMyStoreAction, null);
  const { toast } = useToast();
  const shown = useRef<typeof state>(null);

  useEffect(() => {
    if (shown.current === state) return;
    shown.current = state;
    const failure = failureOf(state);
    if (state?.ok) toast({ title: t("changed", { store: storeName }), description: t("changedDetail") });
    else if (failure) toast({ title: t("failed"), description: failure.message, tone: "error" });
  }, [state, storeName, toast, t]);

  if (isCurrent) {
    return (
      <p className="inline-flex h-11 items-center gap-2 rounded-full bg-brand-50 px-4 text-[0.9375rem] font-semibold text-brand-800">
        <CheckIcon className="size-[1.125rem]" /> {t("yourStore")}
      </p>
    );
  }
  return (
    <form action={formAction} className={fullWidth ? "w-full" : undefined}>
      <input type="hidden" name="code" value={code} />
      <SubmitButton variant={variant} fullWidth={fullWidth}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
