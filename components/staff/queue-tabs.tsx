"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { BoxIcon, CarIcon } from "@/components/ui/icons";
import type { QueueOrder } from "@/lib/fulfilment/queries";
import { QueueCard } from "./queue-card";
import { ordersIn, type QueueTab } from "./queue-format";

type Props = {
  tabs: QueueTab[];
  orders: QueueOrder[];
  storeCode: string;
  timeZone: string;
  now: number;
  fresh: Record<string, number>;
  /** Keeps ids unique when two tab sets are on the page (one hidden by width). */
  idPrefix: string;
  label: string;
  compact?: boolean;
};

/** Orders by status as ARIA tabs (arrows, Home and End move between tabs), one panel at a time. */
export function QueueTabs({ tabs, orders, storeCode, timeZone, now, fresh, idPrefix, label, compact = false }: Props) {
  const t = useTranslations("pickupsClient");
  const [tab, setTab] = useState<QueueTab>(tabs[0]);
  const visible = ordersIn(tab, orders);
  const tabId = (id: QueueTab) => `${idPrefix}-tab-${id}`;
  return (
    <div className="space-y-4">
      <div
        role="tablist"
        aria-label={label}
        className="-mx-1 flex gap-1 overflow-x-auto border-b border-line px-1"
        onKeyDown={(event) => {
          const index = tabs.indexOf(tab);
          const next =
            event.key === "ArrowRight"
              ? (index + 1) % tabs.length
              : event.key === "ArrowLeft"
                ? (index - 1 + tabs.length) % tabs.length
                : event.key === "Home"
                  ? 0
                  : event.key === "End"
                    ? tabs.length - 1
                    : -1;
          if (next < 0) return;
          event.preventDefault();
          setTab(tabs[next]);
          document.getElementById(tabId(tabs[next]))?.focus();
        }}
      >
        {tabs.map((item) => {
          const count = ordersIn(item, orders).length;
          const selected = item === tab;
          return (
            <button
              key={item}
              type="button"
              role="tab"
              id={tabId(item)}
              aria-selected={selected}
              aria-controls={`${idPrefix}-panel`}
              tabIndex={selected ? 0 : -1}
              onClick={() => setTab(item)}
              className={cn(
                "-mb-px inline-flex shrink-0 items-center gap-2 border-b-2 px-3 text-sm font-semibold whitespace-nowrap",
                compact ? "h-10" : "h-11",
                selected ? "border-brand-700 text-brand-800" : "border-transparent text-ink-muted hover:text-ink",
              )}
            >
              {t(`tabs.${item}`)}
              <span
                className={cn(
                  "min-w-6 rounded-full px-1.5 py-0.5 text-xs tabular",
                  item === "curbside" && count > 0
                    ? "bg-paprika-600 text-white"
                    : selected
                      ? "bg-brand-100 text-brand-800"
                      : "bg-sand text-ink-muted",
                )}
              >
                {count}
              </span>
            </button>
          );
        })}
      </div>

      <div
        role="tabpanel"
        id={`${idPrefix}-panel`}
        aria-labelledby={tabId(tab)}
        tabIndex={0}
        className="focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-brand-600"
      >
        {visible.length === 0 ? (
          compact ? (
            <p className="rounded-xl border border-dashed border-line-strong px-4 py-5 text-center text-sm text-ink-muted">
              {tab === "collected" ? t("tabsPanel.noneCollected") : t("tabsPanel.noneCancelled")}
            </p>
          ) : (
            <EmptyState
              icon={tab === "curbside" ? <CarIcon /> : <BoxIcon />}
              title={tab === "new" ? t("tabsPanel.noNewTitle") : t("tabsPanel.emptyTitle")}
              description={tab === "new" ? t("tabsPanel.noNewDescription") : t("tabsPanel.emptyDescription")}
            />
          )
        ) : (
          <ul className={cn("grid gap-3 sm:grid-cols-2", compact ? "xl:grid-cols-4" : "xl:grid-cols-3")}>
            {visible.map((order) => (
              <QueueCard
                key={order.id}
                order={order}
                storeCode={storeCode}
                timeZone={timeZone}
                now={now}
                fresh={Boolean(fresh[order.id])}
                compact={compact}
              />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
