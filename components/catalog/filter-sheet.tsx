"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/**
 * The filters: a sidebar on wide screens and, on phones, a bottom sheet opened by the
 * "Filters" button. One native <dialog> serves both (CSS shows it inline from `lg` up), so the
 * form exists once. The button also carries `command="show-modal"`, which opens the sheet in
 * browsers that support invoker commands even before JavaScript has loaded.
 */
export function FilterSheet({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const t = useTranslations("catalogClient.filterSheet");
  const titleId = `${id}-title`;
  return (
    <dialog
      id={id}
      // The invoker command may open it before hydration; `open` is the browser's to manage.
      suppressHydrationWarning
      aria-labelledby={titleId}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself.
        if (event.target === event.currentTarget && event.currentTarget.open) event.currentTarget.close();
      }}
      className={cn(
        // Phone: a bottom sheet.
        "m-0 mt-auto max-h-[88dvh] w-full max-w-none rounded-t-2xl bg-surface p-0 text-ink shadow-raised backdrop:bg-ink/40",
        // Desktop: always shown, in the page flow.
        "lg:static lg:m-0 lg:block lg:max-h-none lg:w-auto lg:rounded-none lg:bg-transparent lg:shadow-none",
      )}
    >
      <div className="flex max-h-[88dvh] flex-col lg:max-h-none">
        <div className="flex items-center justify-between gap-4 border-b border-line px-5 py-4 lg:hidden">
          <h2 id={titleId} className="text-lg font-bold">
            {title}
          </h2>
          <button
            type="button"
            onClick={(event) => event.currentTarget.closest("dialog")?.close()}
            className="-mr-2 grid size-10 place-items-center rounded-full text-ink-muted hover:bg-sand hover:text-ink"
          >
            <span className="sr-only">{t("close")}</span>
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
              <path d="m5 5 10 10M15 5 5 15" />
            </svg>
          </button>
        </div>
        <h2 className="sr-only max-lg:hidden">{title}</h2>
        <div className="overflow-y-auto px-5 py-4 lg:overflow-visible lg:p-0">{children}</div>
      </div>
    </dialog>
  );
}

/** "Filters (2)" — opens the sheet on phones; hidden where the sidebar shows. */
export function FiltersButton({ target, activeCount, className }: { target: string; activeCount: number; className?: string }) {
  const t = useTranslations("catalogClient.filterSheet");
  const invoker = { commandfor: target, command: "show-modal" };
  return (
    <button
      type="button"
      aria-haspopup="dialog"
      {...invoker}
      onClick={(event) => {
        const dialog = document.getElementById(target);
        if (dialog instanceof HTMLDialogElement && !dialog.open) {
          dialog.showModal();
          event.preventDefault(); // the invoker command would do it a second time
        }
      }}
      className={cn(
        "inline-flex h-11 items-center gap-2 rounded-full border border-line-strong bg-surface px-4 text-[0.9375rem] font-semibold text-ink shadow-card hover:border-ink-subtle hover:bg-sand lg:hidden",
        className,
      )}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.9" strokeLinecap="round">
        <path d="M4 7h10M18 7h2M4 17h4M12 17h8" />
        <circle cx="16" cy="7" r="2" />
        <circle cx="10" cy="17" r="2" />
      </svg>
      {t("open")}
      {activeCount > 0 ? (
        <span className="grid min-w-6 place-items-center rounded-full bg-brand-700 px-1.5 text-xs text-white tabular">
          {activeCount}
          <span className="sr-only">{t("active")}</span>
        </span>
      ) : null}
    </button>
  );
}
