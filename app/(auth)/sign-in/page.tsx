import { connection } from "next/server";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { buttonClasses } from "@/components/ui/button";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";
import { SignInForm, type DemoAccount } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/session";
import { DEMO_PASSWORD, demoAccounts } from "@/lib/demo/accounts";
import { Suspense } from "react";
import { AuthFormSkeleton } from "@/components/auth/auth-form-skeleton";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("metaTitle") };
}

async function demoAccountList(): Promise<DemoAccount[]> {
  const t = await getTranslations("auth.demoRoles");
  return demoAccounts.map((account) => {
    const role = t("role", { role: account.role });
    return { email: account.email, role: account.storeName ? t("roleAtStore", { role, store: account.storeName }) : role };
  });
}

export default function SignInPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return (
    <Suspense fallback={<AuthFormSkeleton />}>
      <SignInPageContent {...props} />
    </Suspense>
  );
}

async function SignInPageContent({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection(); // per request: the session and the clock are read below
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  const user = await getCurrentUser();
  const t = await getTranslations("auth");
  if (user) {
    // Reached from a 403 page's "Switch account", or by a bookmark: offer both ways on.
    const here = callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in";
    return (
      <>
        <h1 className="text-3xl font-extrabold text-ink">{t("signedIn.heading")}</h1>
        <p className="mt-2 mb-8 text-ink-muted">
          {t.rich("signedIn.as", {
            userName: user.name,
            email: user.email,
            name: (chunks) => <span className="font-semibold text-ink">{chunks}</span>,
          })}
        </p>
        <div className="flex flex-col gap-3">
          {/* A full navigation: /sign-in/continue is a redirecting route handler. */}
          <a href={callbackUrl ?? "/sign-in/continue"} className={buttonClasses({ size: "lg", fullWidth: true })}>
            {t("signedIn.continueAs", { firstName: user.name.split(/\s+/)[0] })}
          </a>
          <SignOutButton variant="secondary" size="lg" fullWidth callbackUrl={here} label={t("signedIn.switchAccount")} />
        </div>
      </>
    );
  }
  const demo = process.env.AISLE_DEMO !== "0";
  return (
    <>
      <h1 className="text-3xl font-extrabold text-ink">{t("signIn.heading")}</h1>
      <p className="mt-2 mb-8 text-ink-muted">{t("signIn.intro")}</p>
      <SignInForm callbackUrl={callbackUrl} demoAccounts={demo ? await demoAccountList() : []} demoPassword={demo ? DEMO_PASSWORD : undefined} />
    </>
  );
}
