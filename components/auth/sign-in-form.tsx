"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { mergeGuestCartAction } from "@/lib/cart/actions";
import { signInErrorMessage } from "./sign-in-error";

/**
 * Credentials sign-in. On success it moves the guest cart into the account, then does a full
 * navigation so every server component (header, cart, store) renders with the new session.
 */
export type DemoAccount = { email: string; role: string };

export function SignInForm({
  callbackUrl,
  demoAccounts = [],
  demoPassword,
}: {
  callbackUrl: string | null;
  /** Shown only in demo mode; the page decides. */
  demoAccounts?: DemoAccount[];
  demoPassword?: string;
}) {
  const t = useTranslations("authClient.signIn");
  const formRef = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const missing = {
      email: email ? undefined : t("enterEmail"),
      password: password ? undefined : t("enterPassword"),
    };
    setFieldErrors(missing);
    setError(null);
    if (missing.email || missing.password) return;

    setPending(true);
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (!result || result.error) {
        setError(t(signInErrorMessage(result?.error)));
        setPending(false);
        return;
      }
      // The guest cart joins the account now (and its cookie goes). If this call fails, the
      // cart resolver still merges on the next page, so it never blocks signing in.
      await mergeGuestCartAction().catch(() => undefined);
      // Without a callbackUrl, the server sends each role to its own home.
      window.location.assign(callbackUrl ?? "/sign-in/continue");
    } catch {
      setError(t("unavailable"));
      setPending(false);
    }
  }

  function signInAsDemo(email: string) {
    const form = formRef.current;
    if (!form || !demoPassword) return;
    (form.elements.namedItem("email") as HTMLInputElement).value = email;
    (form.elements.namedItem("password") as HTMLInputElement).value = demoPassword;
    setFieldErrors({});
    setError(null);
    form.requestSubmit();
  }

  return (
    <>
      {/* POST, so that a submit before JavaScript has loaded never puts the password in a URL. */}
      <form ref={formRef} method="post" onSubmit={onSubmit} noValidate className="space-y-5">
        {error ? (
          <div role="alert" className="rounded-md border border-danger-fg/20 bg-danger-bg px-4 py-3 text-sm font-medium text-danger-fg">
            {error}
          </div>
        ) : null}
        <TextField
          label={t("email")}
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          errors={fieldErrors.email}
        />
        <TextField label={t("password")} name="password" type="password" autoComplete="current-password" required errors={fieldErrors.password} />
        <Button type="submit" size="lg" fullWidth loading={pending}>
          {t("submit")}
        </Button>
        <p className="text-center text-sm text-ink-muted">
          {t("newToAisle")}{" "}
          <Link
            href={callbackUrl ? `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-up"}
            className="font-semibold text-brand-700 underline-offset-4 hover:underline"
          >
            {t("createAccount")}
          </Link>
        </p>
      </form>
      {demoAccounts.length > 0 && demoPassword ? (
        <section aria-labelledby="demo-accounts" className="mt-8 rounded-lg border border-dashed border-line-strong bg-sand/60 p-4">
          <h2 id="demo-accounts" className="text-sm font-bold text-ink">
            {t("demo.heading")}
          </h2>
          <p className="mt-0.5 text-sm text-ink-muted">
            {t.rich("demo.password", {
              password: demoPassword,
              code: (chunks) => <code className="rounded bg-surface px-1.5 py-0.5 font-mono text-[0.8125rem] text-ink">{chunks}</code>,
            })}
          </p>
          <DemoAccountList accounts={demoAccounts.slice(0, 4)} disabled={pending} onUse={signInAsDemo} />
          {demoAccounts.length > 4 ? (
            <details className="group mt-3">
              <summary className="cursor-pointer text-sm font-semibold text-brand-700 hover:underline">{t("demo.otherStores")}</summary>
              <DemoAccountList accounts={demoAccounts.slice(4)} disabled={pending} onUse={signInAsDemo} />
            </details>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

function DemoAccountList({ accounts, disabled, onUse }: { accounts: DemoAccount[]; disabled: boolean; onUse: (email: string) => void }) {
  const t = useTranslations("authClient.signIn.demo");
  return (
    <ul className="mt-3 divide-y divide-line overflow-hidden rounded-md border border-line bg-surface">
      {accounts.map((account) => (
        <li key={account.email} className="flex items-center justify-between gap-3 px-3 py-2">
          <span className="min-w-0">
            <span className="block truncate text-sm font-medium text-ink">{account.email}</span>
            <span className="block truncate text-xs text-ink-muted">{account.role}</span>
          </span>
          <button
            type="button"
            onClick={() => onUse(account.email)}
            disabled={disabled}
            aria-label={t("signInAs", { email: account.email })}
            className="h-9 shrink-0 rounded-full px-3 text-sm font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-50"
          >
            {t("use")}
          </button>
        </li>
      ))}
    </ul>
  );
}
