"use client";

import { useRouter } from "next/navigation";
import type { ComponentProps, FormEvent } from "react";

/** Wide screens show the filters beside the results: there a ticked box applies at once. */
const DESKTOP = "(min-width: 64rem)";

/**
 * The listing's GET form. Without JavaScript the browser submits it as it is; with JavaScript
 * the URL is rebuilt without empty fields and the default sort, and navigation stays client-side.
 * Every control that belongs to it (the sort select too, through `form=`) is in the URL.
 */
export function ListingForm({
  action,
  defaultSort,
  children,
  ...props
}: Omit<ComponentProps<"form">, "action" | "method" | "onSubmit" | "onChange"> & { action: string; defaultSort: string }) {
  const router = useRouter();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value !== "string") continue;
      const trimmed = value.trim();
      if (!trimmed || (key === "sort" && trimmed === defaultSort)) continue;
      params.append(key, trimmed);
    }
    const query = params.toString();
    router.push(query ? `${action}?${query}` : action);
    // A filter sheet on a phone closes once the shopper has asked for results.
    event.currentTarget.closest("dialog")?.close();
  }

  return (
    <form
      {...props}
      action={action}
      method="get"
      onSubmit={submit}
      onChange={(event) => {
        const target = event.target as unknown as HTMLInputElement;
        if (target.type === "checkbox" && window.matchMedia(DESKTOP).matches) event.currentTarget.requestSubmit();
      }}
    >
      {children}
    </form>
  );
}
