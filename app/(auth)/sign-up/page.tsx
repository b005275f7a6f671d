import { connection } from "next/server";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getCurrentUser } from "@/lib/auth/session";
import { Suspense } from "react";
import { AuthFormSkeleton } from "@/components/auth/auth-form-skeleton";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signUp");
  return { title: t("metaTitle") };
}

export default function SignUpPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return (
    <Suspense fallback={<AuthFormSkeleton fields={3} />}>
      <SignUpPageContent {...props} />
    </Suspense>
  );
}

async function SignUpPageContent({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection(); // per request: the session and the clock are read below
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl ?? "/");
  const t = await getTranslations("auth.signUp");
  return (
    <>
      <h1 className="text-3xl font-extrabold text-ink">{t("heading")}</h1>
      <p className="mt-2 mb-8 text-ink-muted">{t("intro")}</p>
      <SignUpForm callbackUrl={callbackUrl} />
    </>
  );
}
