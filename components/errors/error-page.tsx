import type { ReactNode } from "react";
import { Logo } from "@/components/brand/logo";

/** The frame for 404, 403 and error screens: calm, branded, with a way forward. */
export function ErrorPage({
  code,
  title,
  description,
  actions,
  illustration,
}: {
  code: string;
  title: string;
  description: ReactNode;
  actions: ReactNode;
  illustration?: ReactNode;
}) {
  return (
    <div className="flex min-h-dvh flex-col bg-canvas">
      <header className="mx-auto w-full max-w-7xl px-4 py-5 sm:px-6 lg:px-8">
        {/* A plain link, a full page load: the client router may be what failed. */}
        <a href="/" className="inline-block rounded-md">
          <Logo className="h-8" />
        </a>
      </header>
      <main id="main" className="flex flex-1 items-center justify-center px-5 pb-20">
        <div className="w-full max-w-lg text-center">
          {illustration ?? <EmptyShelf />}
          <p className="mt-8 text-sm font-bold tracking-widest text-brand-700 uppercase">{code}</p>
          <h1 className="mt-2 text-3xl font-extrabold text-ink sm:text-4xl">{title}</h1>
          <div className="mx-auto mt-3 max-w-md text-lg text-ink-muted">{description}</div>
          <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">{actions}</div>
        </div>
      </main>
    </div>
  );
}

/** An empty shelf with one lonely item: "nothing here". */
function EmptyShelf() {
  return (
    <svg aria-hidden="true" viewBox="0 0 240 120" className="mx-auto h-28 w-auto" fill="none">
      <rect x="20" y="18" width="200" height="90" rx="10" fill="var(--color-sand)" />
      <path d="M28 58h184M28 98h184" stroke="var(--color-line-strong)" strokeWidth="4" strokeLinecap="round" />
      <rect x="150" y="70" width="22" height="28" rx="4" fill="var(--color-paprika-500)" />
      <rect x="153" y="76" width="16" height="8" rx="2" fill="var(--color-paprika-100)" />
      <circle cx="70" cy="40" r="3" fill="var(--color-line-strong)" />
      <circle cx="120" cy="40" r="3" fill="var(--color-line-strong)" />
      <circle cx="170" cy="40" r="3" fill="var(--color-line-strong)" />
    </svg>
  );
}
