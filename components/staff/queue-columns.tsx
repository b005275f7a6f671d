import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { CarIcon } from "@/components/ui/icons";
import type { QueueOrder } from "@/lib/fulfilment/queries";
import { QueueCard } from "./queue-card";
import { isWaitingAtCurbside, ordersIn, type QueueTab } from "./queue-format";

/**
 * The open statuses as lanes, left to right in the order work flows; curbside last and loudest.
 * A lane's title is its tab's name (`pickupsClient.tabs`), its empty text `pickupsClient.columns.empty`.
 */
export const QUEUE_COLUMNS: { id: "new" | "picking" | "ready" | "curbside"; accent: string }[] = [
  { id: "new", accent: "bg-info-fg" },
  { id: "picking", accent: "bg-warning-fg" },
  { id: "ready", accent: "bg-brand-600" },
  { id: "curbside", accent: "bg-paprika-600" },
];

/**
 * What a lane shows. A shopper waiting at curbside is shown once, in the curbside lane (their
 * card still says whether the order is ready), so a busy board never shows the same order twice.
 */
export function ordersInColumn(id: QueueTab, orders: QueueOrder[]) {
  const inLane = ordersIn(id, orders);
  return id === "curbside" ? inLane : inLane.filter((order) => !isWaitingAtCurbside(order));
}

type Props = { orders: QueueOrder[]; storeCode: string; timeZone: string; now: number; fresh: Record<string, number> };

/** Wide screens: every open status side by side, each lane a labelled region with its count. */
export function QueueColumns({ orders, storeCode, timeZone, now, fresh }: Props) {
  const t = useTranslations("pickupsClient");
  return (
    <div className="grid grid-cols-4 items-start gap-4" data-testid="queue-columns">
      {QUEUE_COLUMNS.map((column) => {
        const lane = ordersInColumn(column.id, orders);
        const curbside = column.id === "curbside";
        const alert = curbside && lane.length > 0;
        return (
          <section
            key={column.id}
            // The region is named with its count ("New, 3 orders"); the heading keeps the lane's name.
            aria-label={t("columns.region", { name: curbside ? t("columns.curbsideName") : t(`tabs.${column.id}`), count: lane.length })}
            className={cn("flex min-h-64 flex-col rounded-2xl border p-3", alert ? "border-paprika-600/40 bg-paprika-50" : "border-line bg-sand/60")}
          >
            <h2 id={`lane-${column.id}`} className="mb-3 flex items-center gap-2 px-1 text-[0.9375rem] font-bold text-ink">
              <span aria-hidden="true" className={cn("size-2.5 shrink-0 rounded-full", column.accent)} />
              {curbside ? <CarIcon className="size-4 shrink-0" /> : null}
              <span className="min-w-0 truncate">{t(`tabs.${column.id}`)}</span>
              <span
                aria-hidden="true"
                className={cn(
                  "ml-auto min-w-6 rounded-full px-1.5 py-0.5 text-center text-xs tabular",
                  alert ? "bg-paprika-600 text-white" : "bg-surface text-ink-muted ring-1 ring-line",
                )}
              >
                {lane.length}
              </span>
            </h2>
            {lane.length === 0 ? (
              <p className="grid flex-1 place-items-center rounded-xl border border-dashed border-line-strong px-3 py-8 text-center text-sm text-ink-muted">
                {t(`columns.empty.${column.id}`)}
              </p>
            ) : (
              <ul className="space-y-3">
                {lane.map((order) => (
                  <QueueCard
                    key={order.id}
                    order={order}
                    storeCode={storeCode}
                    timeZone={timeZone}
                    now={now}
                    fresh={Boolean(fresh[order.id])}
                    compact
                    showStatus={column.id === "ready" || curbside}
                  />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
