import { Logo } from "@/components/brand/logo";
import { Skeleton } from "@/components/ui/skeleton";

/**
 * The in-store app shell's placeholder while the store (and the shopper's basket) streams in:
 * the same brand bar, content column and bottom tab bar as InStoreShell, so nothing moves.
 */
export function InStoreShellSkeleton({ children }: { children?: React.ReactNode }) {
  return (
    <div aria-busy="true" className="min-h-dvh bg-canvas pb-[calc(4rem+env(safe-area-inset-bottom))]">
      <header aria-hidden="true" className="sticky top-0 z-30 bg-brand-800 pt-[env(safe-area-inset-top)] text-white">
        <div className="mx-auto flex h-14 max-w-lg items-center gap-3 px-4">
          <Logo inverse showWordmark={false} className="h-8" />
          <div className="min-w-0 flex-1 space-y-1">
            <Skeleton className="h-4 w-36 bg-white/25" />
            <Skeleton className="h-3 w-24 bg-white/15" />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-lg px-4 pt-5 pb-8">
        {children ?? <InStorePageSkeleton />}
      </main>
      <div aria-hidden="true" className="fixed inset-x-0 bottom-0 z-30 border-t border-line bg-surface/95 pb-[env(safe-area-inset-bottom)]">
        <div className="mx-auto grid h-16 max-w-lg grid-cols-4 items-center justify-items-center">
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} className="h-10 w-12" />
          ))}
        </div>
      </div>
    </div>
  );
}

/** An in-store page's placeholder: a heading, a line of text and the card below it. */
export function InStorePageSkeleton() {
  return (
    <div aria-busy="true" className="space-y-5">
      <div aria-hidden="true" className="space-y-5">
        <div className="space-y-2">
          <Skeleton className="h-8 w-56" />
          <Skeleton className="h-5 w-full max-w-xs" />
        </div>
        <Skeleton className="h-40 rounded-xl" />
        <Skeleton className="h-28 rounded-xl" />
      </div>
    </div>
  );
}

/** The kiosk screen's placeholder: its brand panel beside the basket, until the kiosk is checked. */
export function KioskScreenSkeleton() {
  return (
    <div aria-busy="true" className="grid min-h-dvh bg-canvas lg:grid-cols-[26rem_minmax(0,1fr)]">
      <div aria-hidden="true" className="flex flex-col items-center justify-center gap-5 bg-brand-800 px-6 py-8">
        <Logo inverse className="h-9" />
        <Skeleton className="h-8 w-56 bg-white/25" />
        <Skeleton className="h-68 w-68 rounded-2xl bg-white/90" />
      </div>
      <div aria-hidden="true" className="flex flex-col gap-4 px-6 py-8 lg:px-12">
        <Skeleton className="h-10 w-64" />
        <Skeleton className="h-64 rounded-xl" />
      </div>
    </div>
  );
}
