"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";

/**
 * "Sort by", part of the filter form through `form=`, so a new sort keeps every filter. It
 * applies on change; without JavaScript the "Sort" button next to it does.
 */
export function SortSelect({ form, value, options }: { form: string; value: string; options: { value: string; label: string }[] }) {
  const t = useTranslations("catalogClient.sort");
  const id = useId();
  return (
    <div className="flex min-w-0 items-center gap-2">
      <label htmlFor={id} className="text-sm font-semibold whitespace-nowrap text-ink-muted max-sm:sr-only">
        {t("label")}
      </label>
      <div className="relative min-w-0">
        <select
          id={id}
          name="sort"
          form={form}
          defaultValue={value}
          onChange={(event) => event.currentTarget.form?.requestSubmit()}
          className="h-11 max-w-full appearance-none truncate rounded-full border border-line-strong bg-surface pr-10 pl-4 text-[0.9375rem] font-semibold text-ink shadow-card hover:border-ink-subtle focus-visible:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-500"
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="pointer-events-none absolute top-1/2 right-3.5 size-4 -translate-y-1/2 text-ink-muted"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="m5 8 5 5 5-5" />
        </svg>
      </div>
      <noscript>
        <button type="submit" form={form} className="h-11 rounded-full bg-brand-700 px-4 text-sm font-semibold text-white">
          {t("submit")}
        </button>
      </noscript>
    </div>
  );
}
