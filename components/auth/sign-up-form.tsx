"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { echoedValue, failureOf, type ActionResult, type ActionState } from "@/lib/actions/result";
import { signUpAction } from "@/lib/account/actions";
import { mergeGuestCartAction } from "@/lib/cart/actions";

/**
 * Creates a shopper account with the server action, then signs in with the same credentials and
 * keeps the guest cart. The action answers a taken e-mail exactly as a new one.
 */
export function SignUpForm({ callbackUrl }: { callbackUrl: string | null }) {
  const t = useTranslations("authClient.signUp");
  const [state, formAction, pending] = useActionState(async (previous: ActionState, formData: FormData): Promise<ActionResult> => {
    const result = await signUpAction(previous, formData);
    if (!result.ok) return result;
    const signedIn = await signIn("credentials", {
      email: String(formData.get("email") ?? ""),
      password: String(formData.get("password") ?? ""),
      redirect: false,
    });
    if (!signedIn || signedIn.error) {
      // Sign-up answers a taken e-mail as a new one (its owner gets an e-mail), so a sign-in that
      // fails here may mean either; say what to do without saying which.
      return { ok: false, code: "unauthorized", message: t(signedIn?.error === "Busy" ? "busy" : "checkEmail") };
    }
    // A guest cart filled before signing up joins the new account (as it does at sign-in).
    await mergeGuestCartAction().catch(() => undefined);
    window.location.assign(callbackUrl ?? "/");
    return result;
  }, null);

  const failure = failureOf(state);
  const errors = failure?.fieldErrors ?? {};
  const done = state?.ok === true;
  return (
    <form action={formAction} noValidate className="space-y-5">
      {failure ? (
        <div role="alert" className="rounded-md border border-danger-fg/20 bg-danger-bg px-4 py-3 text-sm font-medium text-danger-fg">
          {failure.message}
        </div>
      ) : null}
      <TextField
        label={t("name")}
        name="name"
        autoComplete="name"
        required
        maxLength={80}
        defaultValue={echoedValue(state, "name")}
        errors={errors.name}
      />
      <TextField
        label={t("email")}
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        defaultValue={echoedValue(state, "email")}
        errors={errors.email}
      />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        hint={t("passwordHint")}
        errors={errors.password}
      />
      <Button type="submit" size="lg" fullWidth loading={pending || done}>
        {t("submit")}
      </Button>
      <p className="text-center text-sm text-ink-muted">
        {t("haveAccount")}{" "}
        <Link
          href={callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in"}
          className="font-semibold text-brand-700 underline-offset-4 hover:underline"
        >
          {t("signIn")}
        </Link>
      </p>
    </form>
  );
}
