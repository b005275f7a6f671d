import type { ComponentProps } from "react";
import { SignOutIcon } from "@/components/ui/icons";
import { SubmitButton } from "@/components/ui/submit-button";
import { signOutAction } from "@/lib/account/actions";

/** React's type for a form's action: what the action answers is ignored (signing out redirects). */
type FormAction = (formData: FormData) => Promise<void>;

/**
 * Sign out as a plain form posting to a server action: it works before JavaScript loads and
 * keeps next-auth's client library out of every page's bundle.
 */
export function SignOutButton({
  variant = "ghost",
  size = "sm",
  className,
  fullWidth,
  callbackUrl = "/",
  label = "Sign out",
}: Pick<ComponentProps<typeof SubmitButton>, "variant" | "size" | "className" | "fullWidth"> & {
  /** Where to land afterwards; a same-site path. */
  callbackUrl?: string;
  label?: string;
}) {
  return (
    <form action={signOutAction as unknown as FormAction} className={fullWidth ? "w-full" : undefined}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <SubmitButton variant={variant} size={size} className={className} fullWidth={fullWidth} icon={<SignOutIcon className="size-4" />}>
        {label}
      </SubmitButton>
    </form>
  );
}
