"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { ChevronRightIcon, PinIcon } from "@/components/ui/icons";
import type { OpeningHours } from "@/lib/stores/hours";
import { useOpeningStatus } from "./use-opening-status";

export type StoreChipData = { name: string; openingHours: OpeningHours; timezone: string };

const NO_HOURS: OpeningHours = { "1": null, "2": null, "3": null, "4": null, "5": null, "6": null, "7": null };

/** "My store": the store whose stock and pickup the shopper sees; opens the store finder. */
export function StoreChip({ store, className }: { store: StoreChipData | null; className?: string }) {
  const t = useTranslations("storefrontClient.storeChip");
  const status = useOpeningStatus(store?.openingHours ?? NO_HOURS, store?.timezone ?? "UTC");
  const shown = store ? status : null;
  return (
    <Link
      href="/stores"
      // One clear name for screen readers ("My store: Aisle Capitol Hill, Open until 10 pm").
      aria-label={store ? (shown ? t("label", { store: store.name, status: shown.label }) : undefined) : t("labelNone")}
      className={cn("group inline-flex min-w-0 items-center gap-2.5 rounded-full py-1.5 pr-3 pl-1.5 text-left hover:bg-sand", className)}
    >
      <span aria-hidden="true" className="grid size-8 shrink-0 place-items-center rounded-full bg-brand-50 text-brand-700">
        <PinIcon className="size-[1.125rem]" />
      </span>
      <span className="min-w-0 leading-tight">
        <span className="block truncate text-xs font-medium text-ink-muted">
          {t("myStore")}
          {shown ? (
            <>
              <span aria-hidden="true"> · </span>
              <span className={shown.isOpen ? "text-success-fg" : "text-ink-muted"}>{shown.label}</span>
            </>
          ) : null}
        </span>
        <span className="block truncate text-sm font-bold text-ink">{store ? store.name : t("chooseStore")}</span>
      </span>
      <ChevronRightIcon className="size-4 text-ink-subtle transition-transform group-hover:translate-x-0.5" />
    </Link>
  );
}
