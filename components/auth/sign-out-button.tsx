"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ComponentProps } from "react";
import { SignOutIcon } from "@/components/ui/icons";
import { SubmitButton } from "@/components/ui/submit-button";
import { signOutAction } from "@/lib/account/actions";

/**
 * Sign out as a plain form posting to a server action: it works before JavaScript loads and
 * keeps next-auth's client library out of every page's bundle. The action redirects, so its
 * answer is never read; `useActionState` gives the form a correctly typed action for it.
 */
export function SignOutButton({
  variant = "ghost",
  size = "sm",
  className,
  fullWidth,
  callbackUrl = "/",
  label,
}: Pick<ComponentProps<typeof SubmitButton>, "variant" | "size" | "className" | "fullWidth"> & {
  /** Where to land afterwards; a same-site path. */
  callbackUrl?: string;
  label?: string;
}) {
  const t = useTranslations("authClient");
  const [, formAction] = useActionState(signOutAction, null);
  return (
    <form action={formAction} className={fullWidth ? "w-full" : undefined}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <SubmitButton variant={variant} size={size} className={className} fullWidth={fullWidth} icon={<SignOutIcon className="size-4" />}>
        {label ?? t("signOut")}
      </SubmitButton>
    </form>
  );
}
