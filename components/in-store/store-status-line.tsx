"use client";

import { useOpeningStatus } from "@/components/storefront/use-opening-status";
import type { OpeningHours } from "@/lib/stores/hours";

/** "Open until 10 pm" under the store's name, by this phone's clock (the shell is cached). */
export function StoreStatusLine({ openingHours, timezone }: { openingHours: OpeningHours; timezone: string }) {
  const status = useOpeningStatus(openingHours, timezone);
  return (
    <p className="truncate text-xs text-brand-100">
      <span
        aria-hidden="true"
        className={`mr-1.5 inline-block size-1.5 rounded-full align-middle ${status?.isOpen ? "bg-brand-300" : "bg-white/50"}`}
      />
      {status?.label ?? "\u00a0"}
    </p>
  );
}
