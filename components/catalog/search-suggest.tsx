"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { cn } from "@/components/ui/cn";
import { SearchIcon } from "@/components/ui/icons";
import type { SearchSuggestion } from "@/lib/catalog/search";

const DEBOUNCE_MS = 140;

/**
 * The header search box with suggestions as you type (ARIA combobox + listbox). Underneath
 * it is the same plain GET form to /search, so it works before JavaScript loads; suggestions
 * come from GET /api/search/suggest. Safe to render more than once per page (ids are unique).
 */
export function SearchSuggest({ className, defaultValue = "" }: { className?: string; defaultValue?: string }) {
  const t = useTranslations("searchClient");
  const router = useRouter();
  const id = useId();
  const inputId = `${id}-input`;
  const listboxId = `${id}-listbox`;
  const [value, setValue] = useState(defaultValue);
  const [results, setResults] = useState<{ query: string; suggestions: SearchSuggestion[] }>({ query: "", suggestions: [] });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const cache = useRef(new Map<string, SearchSuggestion[]>());

  const query = value.trim();
  useEffect(() => {
    if (!query) return;
    const cached = cache.current.get(query.toLowerCase());
    const controller = new AbortController();
    const timer = setTimeout(
      async () => {
        try {
          let suggestions = cached;
          if (!suggestions) {
            const response = await fetch(`/api/search/suggest?q=${encodeURIComponent(query)}`, { signal: controller.signal });
            if (!response.ok) return;
            suggestions = ((await response.json()) as { suggestions: SearchSuggestion[] }).suggestions;
            cache.current.set(query.toLowerCase(), suggestions);
          }
          setResults({ query, suggestions });
          setActive(-1);
        } catch {
          // Aborted or offline: the plain search still works.
        }
      },
      cached ? 0 : DEBOUNCE_MS,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  // Only suggestions for what is in the box now (or a moment ago, while the next ones load).
  const suggestions = query && results.query ? results.suggestions : [];
  const expanded = open && suggestions.length > 0;

  function go(suggestion: SearchSuggestion) {
    setOpen(false);
    router.push(suggestion.href);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!suggestions.length) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => {
        const next = current + step;
        if (next < -1) return suggestions.length - 1;
        return next >= suggestions.length ? -1 : next;
      });
    } else if (event.key === "Enter" && expanded && active >= 0) {
      event.preventDefault();
      go(suggestions[active]);
    } else if (event.key === "Escape") {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      }
    }
  }

  return (
    <form
      action="/search"
      method="get"
      role="search"
      className={cn("relative", className)}
      onSubmit={(event) => {
        if (!query) event.preventDefault();
        setOpen(false);
      }}
    >
      <label htmlFor={inputId} className="sr-only">
        {t("label")}
      </label>
      <input
        id={inputId}
        name="q"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        placeholder={t("placeholder")}
        autoComplete="off"
        enterKeyHint="search"
        maxLength={100}
        className="h-11 w-full rounded-full border border-line-strong bg-surface pr-13 pl-5 text-base text-ink shadow-card placeholder:text-ink-subtle hover:border-ink-subtle focus-visible:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-500 [&::-webkit-search-cancel-button]:hidden"
      />
      <button type="submit" className="absolute top-1 right-1 grid size-9 place-items-center rounded-full bg-brand-700 text-white hover:bg-brand-800">
        <SearchIcon className="size-[1.125rem]" />
        <span className="sr-only">{t("submit")}</span>
      </button>

      <ul
        id={listboxId}
        role="listbox"
        aria-label={t("suggestions")}
        hidden={!expanded}
        className="absolute inset-x-0 top-full z-40 mt-2 overflow-hidden rounded-xl border border-line bg-surface py-1.5 shadow-raised"
      >
        {suggestions.map((suggestion, index) => (
          <li
            key={suggestion.href}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            // mousedown, not click: the input's blur would close the list first.
            onMouseDown={(event) => {
              event.preventDefault();
              go(suggestion);
            }}
            onMouseEnter={() => setActive(index)}
            className={cn("flex cursor-pointer items-center gap-3 px-3 py-2", index === active && "bg-sand")}
          >
            <span aria-hidden="true" className="grid size-10 shrink-0 place-items-center overflow-hidden rounded-md bg-sand text-ink-muted">
              {suggestion.kind === "product" && suggestion.imageUrl ? (
                // eslint-disable-next-line @next/next/no-img-element -- small app-served art
                <img src={suggestion.imageUrl} alt="" width={40} height={40} className="size-full object-contain p-0.5" />
              ) : (
                <SearchIcon className="size-4" />
              )}
            </span>
            <span className="min-w-0">
              <span className="line-clamp-2 text-[0.9375rem] leading-snug font-semibold text-ink">{suggestion.label}</span>
              <span className="block truncate text-xs text-ink-muted">{suggestion.kind === "category" ? t("category") : suggestion.detail}</span>
            </span>
          </li>
        ))}
      </ul>
      <p role="status" className="sr-only">
        {expanded ? t("status", { count: suggestions.length }) : ""}
      </p>
    </form>
  );
}
