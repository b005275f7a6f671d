import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackUrl } from "@/components/auth/safe-callback";
import { SignInForm, type DemoAccount } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

const DEMO_PASSWORD = "aisle-demo";
const demoAccounts: DemoAccount[] = [
  { email: "shopper@example.com", role: "Shopper" },
  { email: "associate@example.com", role: "Store associate, first store" },
  { email: "manager@example.com", role: "Store manager, first store" },
  { email: "admin@example.com", role: "Retailer admin" },
];

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl ?? "/sign-in/continue");
  const demo = process.env.AISLE_DEMO !== "0";
  return (
    <>
      <h1 className="text-3xl font-extrabold text-ink">Sign in</h1>
      <p className="mt-2 mb-8 text-ink-muted">Welcome back. Your cart and orders are waiting.</p>
      <SignInForm
        callbackUrl={callbackUrl}
        demoAccounts={demo ? demoAccounts : []}
        demoPassword={demo ? DEMO_PASSWORD : undefined}
      />
    </>
  );
}
