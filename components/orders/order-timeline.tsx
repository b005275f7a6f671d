import { useTranslations } from "next-intl";
import type { OrderStatus } from "@/lib/orders/statuses";
import { cn } from "@/components/ui/cn";
import { CheckIcon } from "@/components/ui/icons";
import { formatStoreDateTime } from "@/lib/format";

type HistoryEntry = { toStatus: OrderStatus; createdAt: Date | string };

const pickupSteps = [
  { step: "placed", statuses: ["placed"] },
  { step: "picking", statuses: ["picking"] },
  { step: "ready", statuses: ["ready", "partially_ready"] },
  { step: "collected", statuses: ["collected", "completed"] },
] as const;

const deliverySteps = [
  { step: "placed", statuses: ["placed"] },
  { step: "picking", statuses: ["picking", "ready", "partially_ready"] },
  { step: "dispatched", statuses: ["dispatched"] },
  { step: "delivered", statuses: ["delivered", "completed"] },
] as const;

/** Where the order is: placed → picking → ready → collected, each step with when it happened. */
export function OrderTimeline({
  status,
  history,
  delivery,
  timeZone,
}: {
  status: OrderStatus;
  history: HistoryEntry[];
  delivery: boolean;
  timeZone: string;
}) {
  const t = useTranslations("orders.timeline");
  const statusName = useTranslations("orderStatus");
  const steps = delivery ? deliverySteps : pickupSteps;
  const reachedAt = (statuses: readonly OrderStatus[]) => {
    const entries = history.filter((h) => statuses.includes(h.toStatus));
    return entries.length ? entries[entries.length - 1].createdAt : null;
  };
  // The furthest step the history (or the current status) has reached.
  let current = steps.findIndex((step) => (step.statuses as readonly OrderStatus[]).includes(status));
  if (current < 0) {
    current = -1;
    steps.forEach((step, i) => {
      if (reachedAt(step.statuses)) current = i;
    });
  }
  const cancelled = status === "cancelled";
  const cancelledAt = cancelled ? reachedAt(["cancelled"]) : null;

  return (
    <ol className="relative space-y-0">
      {steps.map((step, i) => {
        const done = i <= current;
        const isCurrent = i === current && !cancelled;
        const at = reachedAt(step.statuses) ?? (i === 0 ? history[0]?.createdAt : null);
        return (
          <li key={step.step} className="relative flex gap-3 pb-6 last:pb-0" aria-current={isCurrent ? "step" : undefined}>
            {i < steps.length - 1 ? (
              <span
                aria-hidden="true"
                className={cn("absolute top-7 left-3.5 h-[calc(100%-1.75rem)] w-0.5 -translate-x-1/2", i < current ? "bg-brand-600" : "bg-line")}
              />
            ) : null}
            <span
              aria-hidden="true"
              className={cn(
                "relative z-[1] grid size-7 shrink-0 place-items-center rounded-full border-2",
                done ? "border-brand-600 bg-brand-600 text-white" : "border-line-strong bg-surface",
                isCurrent && "ring-4 ring-brand-100",
              )}
            >
              {done ? <CheckIcon className="size-4" strokeWidth={3} /> : null}
            </span>
            <div className="min-w-0 pt-0.5">
              <p className={cn("font-semibold", done ? "text-ink" : "text-ink-subtle")}>
                {t(`steps.${step.step}`)}
                {isCurrent && status === "partially_ready" ? t("someShort") : ""}
                <span className="sr-only">{done ? t("done") : t("notYet")}</span>
              </p>
              {done && at ? <p className="text-sm text-ink-muted tabular">{formatStoreDateTime(at, timeZone)}</p> : null}
            </div>
          </li>
        );
      })}
      {cancelled ? (
        <li className="mt-4 rounded-lg bg-danger-bg px-3 py-2 text-sm font-semibold text-danger-fg">
          {statusName("cancelled")}
          {cancelledAt ? t("cancelledAt", { at: formatStoreDateTime(cancelledAt, timeZone) }) : ""}
        </li>
      ) : null}
    </ol>
  );
}
