"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ComponentProps } from "react";
import { forgetOfflinePages } from "@/components/in-store/register-sw";
import { SignOutIcon } from "@/components/ui/icons";
import { SubmitButton } from "@/components/ui/submit-button";
import { signOutAction, signOutEverywhereAction } from "@/lib/account/actions";

/**
 * Sign out as a plain form posting to a server action: it works before JavaScript loads and
 * keeps next-auth's client library out of every page's bundle. The action redirects, so its
 * answer is never read; `useActionState` gives the form a correctly typed action for it.
 * `everywhere` ends the account's sessions on every device, not only this one's cookie.
 * Either way the in-store pages the service worker kept for offline use are forgotten first.
 */
export function SignOutButton({
  variant = "ghost",
  size = "sm",
  className,
  fullWidth,
  callbackUrl = "/",
  label,
  everywhere = false,
}: Pick<ComponentProps<typeof SubmitButton>, "variant" | "size" | "className" | "fullWidth"> & {
  /** Where to land afterwards; a same-site path. */
  callbackUrl?: string;
  label?: string;
  everywhere?: boolean;
}) {
  const t = useTranslations("authClient");
  const [, signOut] = useActionState(signOutAction, null);
  const [, signOutEverywhere] = useActionState(signOutEverywhereAction, null);
  return (
    <form action={everywhere ? signOutEverywhere : signOut} onSubmit={forgetOfflinePages} className={fullWidth ? "w-full" : undefined}>
      {everywhere ? <input type="hidden" name="confirm" value="everywhere" /> : <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <SubmitButton variant={variant} size={size} className={className} fullWidth={fullWidth} icon={<SignOutIcon className="size-4" />}>
        {label ?? (everywhere ? t("signOutEverywhere") : t("signOut"))}
      </SubmitButton>
    </form>
  );
}
