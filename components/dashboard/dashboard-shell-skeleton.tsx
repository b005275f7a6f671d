import { Logo } from "@/components/brand/logo";
import { Skeleton } from "@/components/ui/skeleton";

/**
 * The dashboard shell's placeholder while the signed-in part (who, which store) streams in: the
 * same grid, sidebar and top bar as DashboardShell, so nothing moves when it arrives. Part of
 * the prerendered static shell; hidden from screen readers (the page is marked busy).
 */
export function DashboardShellSkeleton({ children }: { children?: React.ReactNode }) {
  return (
    <div aria-busy="true" className="min-h-dvh lg:grid lg:grid-cols-[16rem_minmax(0,1fr)]">
      <aside aria-hidden="true" className="hidden border-r border-line bg-surface lg:sticky lg:top-0 lg:flex lg:h-dvh lg:flex-col">
        <div className="px-5 pt-6 pb-5">
          <Logo className="h-8" />
          <div className="mt-6 space-y-1.5 rounded-lg bg-sand px-3 py-2.5">
            <Skeleton className="h-3 w-12" />
            <Skeleton className="h-5 w-36" />
          </div>
        </div>
        <div className="flex-1 space-y-1 px-3">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-11" />
          ))}
        </div>
        <div className="flex items-center gap-3 border-t border-line p-5">
          <Skeleton className="size-9 rounded-full" />
          <div className="flex-1 space-y-1.5">
            <Skeleton className="h-4 w-28" />
            <Skeleton className="h-3 w-16" />
          </div>
        </div>
      </aside>
      <div className="min-w-0">
        <header aria-hidden="true" className="border-b border-line bg-surface lg:hidden">
          <div className="flex h-14 items-center gap-3 px-4 sm:px-6">
            <Logo showWordmark={false} className="h-8" />
            <div className="min-w-0 flex-1 space-y-1">
              <Skeleton className="h-3 w-12" />
              <Skeleton className="h-4 w-32" />
            </div>
          </div>
          <div className="flex gap-1 px-3 pb-2 sm:px-5">
            {Array.from({ length: 4 }, (_, i) => (
              <Skeleton key={i} className="h-10 w-24 shrink-0" />
            ))}
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:px-6 lg:px-10 lg:py-10">
          {children ?? <DashboardPageSkeleton />}
        </main>
      </div>
    </div>
  );
}

/** A dashboard page's placeholder: its header (eyebrow, title, description) and a few cards. */
export function DashboardPageSkeleton() {
  return (
    <div aria-busy="true" className="space-y-6">
      <div aria-hidden="true" className="space-y-6">
        <div className="space-y-2">
          <Skeleton className="h-4 w-32" />
          <Skeleton className="h-9 w-64 sm:h-10" />
          <Skeleton className="h-5 w-full max-w-xl" />
        </div>
        <div className="grid gap-3 sm:grid-cols-3">
          {Array.from({ length: 3 }, (_, i) => (
            <Skeleton key={i} className="h-24 rounded-xl" />
          ))}
        </div>
        <Skeleton className="h-64 rounded-xl" />
      </div>
    </div>
  );
}
