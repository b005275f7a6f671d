import Link from "next/link";
import { Badge, OrderStatusBadge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { CarIcon, ClockIcon, StoreIcon } from "@/components/ui/icons";
import type { QueueOrder } from "@/lib/fulfilment/queries";
import { dueIndicator, formatAge, formatSlot, isWaitingAtCurbside, minutesSince } from "./queue-format";

export function QueueCard({ order, storeCode, timeZone, now, fresh }: { order: QueueOrder; storeCode: string; timeZone: string; now: number; fresh: boolean }) {
  const due = dueIndicator(order, now);
  const waiting = isWaitingAtCurbside(order);
  const waited = waiting ? minutesSince(order.curbsideArrivedAt!, now) : 0;
  return (
    <li>
      <Link
        href={`/staff/${storeCode}/pickups/${order.id}`}
        aria-label={`${order.firstName}, order ${order.number}, ${order.itemCount} ${order.itemCount === 1 ? "item" : "items"}`}
        className={cn(
          "block h-full rounded-xl border bg-surface p-4 shadow-card transition-[box-shadow,border-color] hover:border-brand-300 hover:shadow-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
          waiting ? "border-paprika-600/50 ring-2 ring-paprika-600/25" : "border-line",
          fresh && "border-brand-500 bg-brand-50/60 ring-4 ring-brand-300/60",
        )}
      >
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <p className="truncate text-lg font-bold text-ink">{order.firstName}</p>
            <p className="font-mono text-sm tracking-wide text-ink-muted">{order.number}</p>
          </div>
          <div className="flex shrink-0 flex-col items-end gap-1.5">
            {fresh ? <Badge tone="sale">New</Badge> : null}
            <OrderStatusBadge status={order.status} />
          </div>
        </div>
        <dl className="mt-3 grid grid-cols-3 gap-2 text-sm">
          <div>
            <dt className="text-xs text-ink-muted">Items</dt>
            <dd className="font-semibold text-ink tabular">{order.itemCount}</dd>
          </div>
          <div className="col-span-2">
            <dt className="text-xs text-ink-muted">Slot</dt>
            <dd className="font-semibold whitespace-nowrap text-ink tabular">{formatSlot(order, timeZone)}</dd>
          </div>
        </dl>
        <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1.5 text-sm text-ink-muted">
          <span className="inline-flex items-center gap-1">
            {order.fulfilment === "curbside" ? <CarIcon className="size-4" /> : <StoreIcon className="size-4" />}
            {order.fulfilment === "curbside" ? "Curbside" : "In store"}
          </span>
          <span className="inline-flex items-center gap-1 tabular">
            <ClockIcon className="size-4" /> {minutesSince(order.placedAt, now) < 1 ? "placed just now" : `placed ${formatAge(minutesSince(order.placedAt, now))} ago`}
          </span>
          {due ? (
            <Badge tone={due.tone} dot>
              {due.label}
            </Badge>
          ) : null}
        </div>
        {waiting ? (
          <p className="mt-3 rounded-lg bg-paprika-600 px-3 py-2 text-sm font-semibold text-white">
            Waiting {formatAge(waited)}
            {order.parkingSpot ? ` · spot ${order.parkingSpot}` : ""}
          </p>
        ) : null}
        {order.assignedTo && order.status === "picking" ? <p className="mt-2 text-sm text-ink-muted">Picking: {order.assignedTo}</p> : null}
      </Link>
    </li>
  );
}
