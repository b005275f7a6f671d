import type { Metadata } from "next";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { buttonClasses } from "@/components/ui/button";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";
import { SignInForm, type DemoAccount } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/session";
import { DEMO_PASSWORD, demoAccounts } from "@/lib/demo/accounts";

export const metadata: Metadata = { title: "Sign in" };

const roleNames = { shopper: "Shopper", admin: "Retailer admin", associate: "Associate", manager: "Store manager" };

function demoAccountList(): DemoAccount[] {
  return demoAccounts.map((account) => ({
    email: account.email,
    role: account.storeName ? `${roleNames[account.role]} · ${account.storeName}` : roleNames[account.role],
  }));
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  const user = await getCurrentUser();
  if (user) {
    // Reached from a 403 page's "Switch account", or by a bookmark: offer both ways on.
    const here = callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in";
    return (
      <>
        <h1 className="text-3xl font-extrabold text-ink">You&apos;re signed in</h1>
        <p className="mt-2 mb-8 text-ink-muted">
          As <span className="font-semibold text-ink">{user.name}</span> ({user.email}).
        </p>
        <div className="flex flex-col gap-3">
          {/* A full navigation: /sign-in/continue is a redirecting route handler. */}
          <a href={callbackUrl ?? "/sign-in/continue"} className={buttonClasses({ size: "lg", fullWidth: true })}>
            Continue as {user.name.split(/\s+/)[0]}
          </a>
          <SignOutButton variant="secondary" size="lg" fullWidth callbackUrl={here} label="Sign in with another account" />
        </div>
      </>
    );
  }
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
