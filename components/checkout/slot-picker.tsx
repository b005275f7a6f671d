"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { cn } from "@/components/ui/cn";
import { FieldError } from "@/components/ui/field";
import type { SlotGroup } from "@/lib/cart/types";

const INITIAL_SLOTS = 6;

/**
 * Pickup times: a row of days ("Today", "Tomorrow", weekday), then that day's windows in the
 * store's time zone. The chosen time is submitted by the form's hidden `slot` input.
 */
export function SlotPicker({
  groups,
  day,
  onDayChange,
  slot,
  onSlotChange,
  storeName,
  errors,
}: {
  groups: SlotGroup[];
  day: string | null;
  onDayChange: (key: string) => void;
  slot: string | null;
  onSlotChange: (startsAt: string) => void;
  storeName: string;
  errors?: string[];
}) {
  const t = useTranslations("checkoutClient.slots");
  const id = useId();
  const [showAll, setShowAll] = useState(false);
  if (groups.length === 0) {
    return <p className="rounded-lg border border-line bg-sand px-4 py-3 text-sm text-ink-muted">{t("none", { store: storeName })}</p>;
  }
  const current = groups.find((g) => g.key === day) ?? groups[0];
  // A phone screen shows the first few times; the chosen one always stays in view.
  const chosenIndex = current.slots.findIndex((s) => s.startsAt === slot);
  const expanded = showAll || chosenIndex >= INITIAL_SLOTS || current.slots.length <= INITIAL_SLOTS + 2;
  const visible = expanded ? current.slots : current.slots.slice(0, INITIAL_SLOTS);
  const chosen = groups.flatMap((g) => g.slots.map((s) => ({ ...s, day: g }))).find((s) => s.startsAt === slot);
  return (
    <div className="space-y-4">
      {/* min-w-0: a fieldset otherwise grows to its content and the day row can't scroll. */}
      <fieldset className="min-w-0">
        <legend className="mb-2 text-sm font-semibold text-ink">{t("day")}</legend>
        <div className="-mx-1 scrollbar-none flex gap-2 overflow-x-auto px-1 pb-1">
          {groups.map((group) => (
            <label
              key={group.key}
              className={cn(
                "relative flex min-w-24 shrink-0 cursor-pointer flex-col items-center rounded-lg border border-line-strong bg-surface px-3 py-2 text-center",
                "hover:border-ink-subtle has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:ring-1 has-[:checked]:ring-brand-600",
                "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-500",
              )}
            >
              <input
                type="radio"
                name={`${id}-day`}
                value={group.key}
                checked={group.key === current.key}
                onChange={() => onDayChange(group.key)}
                className="sr-only"
              />
              <span className="text-sm font-semibold text-ink">{group.label}</span>
              <span className="text-xs text-ink-muted">{group.dateLabel}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="min-w-0" aria-describedby={errors?.length ? `${id}-error` : undefined}>
        <legend className="mb-2 text-sm font-semibold text-ink">{t("time", { day: current.label, date: current.dateLabel })}</legend>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
          {visible.map((s) => (
            <label
              key={s.startsAt}
              className={cn(
                "relative flex min-w-0 cursor-pointer flex-col rounded-lg border border-line-strong bg-surface px-3 py-2.5",
                "hover:border-ink-subtle has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:ring-1 has-[:checked]:ring-brand-600",
                "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-500",
              )}
            >
              <input
                type="radio"
                name={`${id}-slot`}
                value={s.startsAt}
                checked={s.startsAt === slot}
                onChange={() => onSlotChange(s.startsAt)}
                className="sr-only"
                aria-describedby={s.remaining <= 3 ? `${id}-${s.startsAt}-left` : undefined}
              />
              <span className="text-sm font-semibold text-ink tabular">{s.label}</span>
              {s.remaining <= 3 ? (
                <span id={`${id}-${s.startsAt}-left`} className="text-xs font-medium text-warning-fg">
                  {t("left", { count: s.remaining })}
                </span>
              ) : null}
            </label>
          ))}
        </div>
        {!expanded ? (
          <button
            type="button"
            onClick={() => setShowAll(true)}
            className="mt-2 h-10 rounded-full px-3 text-sm font-semibold text-brand-700 hover:bg-brand-50"
          >
            {t("showAll", { count: current.slots.length })}
          </button>
        ) : null}
        {errors?.length ? <FieldError id={`${id}-error`} errors={errors} className="mt-2" /> : null}
      </fieldset>
      {chosen ? (
        <p className="text-sm text-ink-muted" aria-live="polite">
          {t.rich("ready", {
            when:
              chosen.day.label.toLowerCase() === "today" || chosen.day.label === "Tomorrow"
                ? chosen.day.label.toLowerCase()
                : t("onDay", { day: chosen.day.label }),
            time: chosen.label,
            store: storeName,
            strong: (chunks) => <span className="font-semibold text-ink">{chunks}</span>,
          })}
        </p>
      ) : null}
    </div>
  );
}
