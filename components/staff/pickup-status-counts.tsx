import { useTranslations } from "next-intl";
import type { OrderStatus } from "@/lib/orders/statuses";
import { cn } from "@/components/ui/cn";
import type { PickupDaySummary } from "@/lib/stores/overview";

/** One tile per status; its name is `staff.counts.tiles.<status>`. */
const tiles: { status: Extract<OrderStatus, "placed" | "picking" | "partially_ready" | "ready" | "collected" | "cancelled">; accent: string }[] = [
  { status: "placed", accent: "bg-info-fg" },
  { status: "picking", accent: "bg-warning-fg" },
  { status: "partially_ready", accent: "bg-paprika-500" },
  { status: "ready", accent: "bg-brand-500" },
  { status: "collected", accent: "bg-ink-subtle" },
  { status: "cancelled", accent: "bg-danger-600" },
];

/** Today's pickup orders, counted by status. */
export function PickupStatusCounts({ summary }: { summary: PickupDaySummary }) {
  const t = useTranslations("staff.counts");
  return (
    <section aria-labelledby="today-counts">
      <h2 id="today-counts" className="sr-only">
        {t("heading")}
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-6">
        {tiles.map((tile) => {
          const count = summary.byStatus[tile.status] ?? 0;
          return (
            <div key={tile.status} className="relative overflow-hidden rounded-xl border border-line bg-surface p-4 shadow-card">
              <span aria-hidden="true" className={cn("absolute inset-y-0 left-0 w-1", tile.accent)} />
              <dt className="text-sm font-semibold text-ink-muted">{t(`tiles.${tile.status}`)}</dt>
              <dd className={cn("mt-1 text-3xl font-extrabold tabular", count === 0 ? "text-ink-subtle" : "text-ink")}>{count}</dd>
            </div>
          );
        })}
      </dl>
      <p className="mt-3 text-sm text-ink-muted">{t("total", { count: summary.total })}</p>
    </section>
  );
}
