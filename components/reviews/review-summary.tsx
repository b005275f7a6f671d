import { useTranslations } from "next-intl";
import { Rating } from "@/components/ui/rating";
import type { ReviewSummary as Summary } from "@/lib/reviews/queries";

/** Average, count and how the stars are spread, as bars a screen reader reads as numbers. */
export function ReviewSummary({ summary }: { summary: Summary }) {
  const t = useTranslations("reviews.summary");
  return (
    <div className="rounded-xl border border-line bg-surface p-5 shadow-card">
      <div className="flex items-center gap-4">
        <p className="text-5xl leading-none font-extrabold text-ink tabular">{summary.average.toFixed(1)}</p>
        <div>
          <Rating value={summary.average} size="md" />
          <p className="mt-1 text-sm text-ink-muted">{t("count", { count: summary.count })}</p>
        </div>
      </div>
      <ul className="mt-5 space-y-2" aria-label={t("breakdown")}>
        {summary.distribution.map(({ rating, count }) => {
          const share = summary.count ? Math.round((count / summary.count) * 100) : 0;
          return (
            <li key={rating} className="flex items-center gap-3 text-sm">
              <span className="w-12 shrink-0 text-ink-muted tabular">
                {rating} <span className="sr-only">{t("stars", { rating })}</span>
                <span aria-hidden="true">★</span>
              </span>
              <span aria-hidden="true" className="h-2 flex-1 overflow-hidden rounded-full bg-sand-strong">
                <span className="block h-full rounded-full bg-paprika-500" style={{ width: `${share}%` }} />
              </span>
              <span className="w-8 shrink-0 text-right text-ink-muted tabular">
                {count}
                <span className="sr-only">{t("reviewCount", { count })}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
