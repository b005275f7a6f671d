"use client";

import { useTranslations } from "next-intl";
import { OpenStatusBadge } from "@/components/stores/open-status-badge";
import type { OpeningHours } from "@/lib/stores/hours";
import { useOpeningStatus } from "./use-opening-status";

type Hours = { openingHours: OpeningHours; timezone: string };

/** "Open now" on the hero's store card, by this browser's clock (the page is cached). */
export function HeroOpenBadge({ store }: { store: Hours }) {
  const status = useOpeningStatus(store.openingHours, store.timezone);
  return status ? <OpenStatusBadge isOpen={status.isOpen} /> : null;
}

/** "Open until 10 pm · Today 8 am – 10 pm". */
export function HeroTodayHours({ store }: { store: Hours }) {
  const t = useTranslations("storefrontClient.hero");
  const status = useOpeningStatus(store.openingHours, store.timezone);
  if (!status) return <span className="text-ink-muted">&nbsp;</span>;
  return (
    <>
      <span className="font-semibold">{status.label}</span>
      <span className="text-ink-muted">{t("todayHours", { hours: status.todayLabel })}</span>
    </>
  );
}
