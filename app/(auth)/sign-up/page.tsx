import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl ?? "/");
  return (
    <>
      <h1 className="text-3xl font-extrabold text-ink">Create your account</h1>
      <p className="mt-2 mb-8 text-ink-muted">Save your store, check out faster and follow your pickup orders.</p>
      <SignUpForm callbackUrl={callbackUrl} />
    </>
  );
}
