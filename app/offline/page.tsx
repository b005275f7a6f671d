import type { Metadata } from "next";
import { Logo } from "@/components/brand/logo";

export const metadata: Metadata = { title: "You're offline", robots: { index: false } };
// Rendered per request so its script nonce matches its CSP header (the cached copy keeps both).
export const dynamic = "force-dynamic";

/** What the in-store app shows when the phone has no connection and no saved copy of a page. */
export default function OfflinePage() {
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-5 px-6 text-center">
      <Logo className="h-10" />
      <h1 className="text-2xl font-extrabold text-ink">You&apos;re offline</h1>
      <p className="text-ink-muted">
        Your phone lost its connection. Your basket is safe — it&apos;s saved to your account, not this phone.
      </p>
      <ul className="space-y-1.5 text-left text-sm text-ink-muted">
        <li>• Join the store&apos;s free Wi-Fi, or step closer to the entrance for mobile data.</li>
        <li>• Prices and stock need a connection, so we don&apos;t show old ones.</li>
        <li>• A team member can help you at any till.</li>
      </ul>
      <a href="/in-store" className="inline-flex h-12 items-center rounded-full bg-brand-700 px-6 font-semibold text-white">
        Try again
      </a>
    </main>
  );
}
