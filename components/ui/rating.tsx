import { useTranslations } from "next-intl";
import type { CSSProperties } from "react";
import { cn } from "./cn";

/** Stars (the `stars` utility in app/globals.css) filled to the rating; read by screen readers as "4.5 out of 5 stars". */
export function Rating({ value, count, size = "sm", className }: { value: number; count?: number; size?: "sm" | "md"; className?: string }) {
  const t = useTranslations("ui.rating");
  const rounded = Math.round(Math.min(5, Math.max(0, value)) * 10) / 10;
  const label = t("label", { rating: rounded });
  return (
    <span className={cn("inline-flex items-center gap-1.5", className)}>
      <span
        role="img"
        aria-label={label}
        className={cn("stars", size === "sm" ? "h-3.5" : "h-5")}
        style={{ "--fill": `${(rounded / 5) * 100}%` } as CSSProperties}
      />
      {count !== undefined ? (
        <span className={cn("text-ink-muted tabular", size === "sm" ? "text-xs" : "text-sm")}>
          {rounded.toFixed(1)}
          <span aria-hidden="true">{t("count", { count })}</span>
          <span className="sr-only">{t("reviews", { count })}</span>
        </span>
      ) : null}
    </span>
  );
}
