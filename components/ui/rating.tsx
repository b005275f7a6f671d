import { cn } from "./cn";

const STAR = "M10 1.6l2.47 5.18 5.67.72-4.16 3.93 1.06 5.62L10 14.3l-5.04 2.75 1.06-5.62L1.86 7.5l5.67-.72L10 1.6z";

/** Stars filled to the rating; read by screen readers as "4.5 out of 5 stars". */
export function Rating({
  value,
  count,
  size = "sm",
  className,
}: {
  value: number;
  count?: number;
  size?: "sm" | "md";
  className?: string;
}) {
  const rounded = Math.round(Math.min(5, Math.max(0, value)) * 10) / 10;
  const label = `${rounded} out of 5 stars`;
  const starSize = size === "sm" ? "size-3.5" : "size-5";
  return (
    <span className={cn("inline-flex items-center gap-1.5", className)}>
      <span role="img" aria-label={label} className="relative inline-flex">
        <span className="flex text-line-strong" aria-hidden="true">
          {[0, 1, 2, 3, 4].map((i) => (
            <svg key={i} viewBox="0 0 20 20" className={starSize} fill="currentColor">
              <path d={STAR} />
            </svg>
          ))}
        </span>
        <span
          className="absolute inset-y-0 left-0 flex overflow-hidden text-paprika-500"
          style={{ width: `${(rounded / 5) * 100}%` }}
          aria-hidden="true"
        >
          {[0, 1, 2, 3, 4].map((i) => (
            <svg key={i} viewBox="0 0 20 20" className={cn(starSize, "shrink-0")} fill="currentColor">
              <path d={STAR} />
            </svg>
          ))}
        </span>
      </span>
      {count !== undefined ? (
        <span className={cn("text-ink-muted tabular", size === "sm" ? "text-xs" : "text-sm")}>
          {rounded.toFixed(1)}
          <span aria-hidden="true"> ({count})</span>
          <span className="sr-only">, {count} {count === 1 ? "review" : "reviews"}</span>
        </span>
      ) : null}
    </span>
  );
}
