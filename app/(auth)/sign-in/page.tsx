import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackUrl } from "@/components/auth/safe-callback";
import { SignInForm, type DemoAccount } from "@/components/auth/sign-in-form";
import { storeSeeds } from "@/db/seed/stores";
import { getCurrentUser } from "@/lib/auth/session";
import { DEMO_PASSWORD, demoAccounts } from "@/lib/demo/accounts";

export const metadata: Metadata = { title: "Sign in" };

const roleNames = { shopper: "Shopper", admin: "Retailer admin", associate: "Associate", manager: "Store manager" };

function demoAccountList(): DemoAccount[] {
  const storeNames = new Map(storeSeeds.map((store) => [store.code, store.name]));
  return demoAccounts.map((account) => ({
    email: account.email,
    role: account.storeCode ? `${roleNames[account.role]} · ${storeNames.get(account.storeCode)}` : roleNames[account.role],
  }));
}

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
        demoAccounts={demo ? demoAccountList() : []}
        demoPassword={demo ? DEMO_PASSWORD : undefined}
      />
    </>
  );
}
