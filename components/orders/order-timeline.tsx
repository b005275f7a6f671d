import type { OrderStatus } from "@/lib/orders/statuses";
import { cn } from "@/components/ui/cn";
import { CheckIcon } from "@/components/ui/icons";
import { formatStoreDateTime } from "@/lib/format";

type HistoryEntry = { toStatus: OrderStatus; createdAt: Date | string };

const pickupSteps = [
  { label: "Order placed", statuses: ["placed"] },
  { label: "Being picked", statuses: ["picking"] },
  { label: "Ready for pickup", statuses: ["ready", "partially_ready"] },
  { label: "Collected", statuses: ["collected", "completed"] },
] as const;

const deliverySteps = [
  { label: "Order placed", statuses: ["placed"] },
  { label: "Being picked", statuses: ["picking", "ready", "partially_ready"] },
  { label: "Out for delivery", statuses: ["dispatched"] },
  { label: "Delivered", statuses: ["delivered", "completed"] },
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
          <li key={step.label} className="relative flex gap-3 pb-6 last:pb-0" aria-current={isCurrent ? "step" : undefined}>
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
                {step.label}
                {isCurrent && status === "partially_ready" ? " (some items short)" : ""}
                <span className="sr-only">{done ? ", done" : ", not yet"}</span>
              </p>
              {done && at ? <p className="text-sm text-ink-muted tabular">{formatStoreDateTime(at, timeZone)}</p> : null}
            </div>
          </li>
        );
      })}
      {cancelled ? (
        <li className="mt-4 rounded-lg bg-danger-bg px-3 py-2 text-sm font-semibold text-danger-fg">
          Cancelled{cancelledAt ? ` · ${formatStoreDateTime(cancelledAt, timeZone)}` : ""}
        </li>
      ) : null}
    </ol>
  );
}
