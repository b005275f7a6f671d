import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge, OrderStatusBadge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { CarIcon, ClockIcon, StoreIcon } from "@/components/ui/icons";
import type { QueueOrder } from "@/lib/fulfilment/queries";
import { ageOf, dueIndicator, formatSlot, isWaitingAtCurbside, minutesSince } from "./queue-format";

type Props = {
  order: QueueOrder;
  storeCode: string;
  timeZone: string;
  now: number;
  fresh: boolean;
  /** A narrow lane on the wide board: the same facts, stacked in fewer, tighter rows. */
  compact?: boolean;
  /** The status badge (a lane's title may already say it). */
  showStatus?: boolean;
};

export function QueueCard({ order, storeCode, timeZone, now, fresh, compact = false, showStatus = true }: Props) {
  const t = useTranslations("pickupsClient");
  const age = (minutes: number) => {
    const { key, ...values } = ageOf(minutes);
    return t(`age.${key}`, values);
  };
  const due = dueIndicator(order, now);
  const waiting = isWaitingAtCurbside(order);
  const waited = waiting ? minutesSince(order.curbsideArrivedAt!, now) : 0;
  const items = t("card.items", { count: order.itemCount });
  const placed =
    minutesSince(order.placedAt, now) < 1 ? t("card.placedJustNow") : t("card.placedAgo", { age: age(minutesSince(order.placedAt, now)) });
  const slot = formatSlot(order, timeZone) ?? t("noSlot");
  const where = (
    <span className="inline-flex items-center gap-1">
      {order.fulfilment === "curbside" ? <CarIcon className="size-4" /> : <StoreIcon className="size-4" />}
      {order.fulfilment === "curbside" ? t("card.curbside") : t("card.inStore")}
    </span>
  );
  const dueBadge = due ? (
    <Badge tone={due.tone} dot>
      {t(`due.${due.kind}`)}
    </Badge>
  ) : null;
  const waitingBanner = waiting ? (
    <p className={cn("rounded-lg bg-paprika-600 px-3 py-2 text-sm font-semibold text-white", compact ? "mt-2.5" : "mt-3")}>
      {t("card.waiting", { age: age(waited) })}
      {order.parkingSpot ? t("card.spot", { spot: order.parkingSpot }) : null}
    </p>
  ) : null;
  const picker =
    order.assignedTo && order.status === "picking" ? (
      <p className="mt-2 text-sm text-ink-muted">{t("card.picker", { name: order.assignedTo })}</p>
    ) : null;

  const facts = { name: order.firstName, number: order.number, items };
  const label = !waiting
    ? t("card.label", facts)
    : order.parkingSpot
      ? t("card.labelWaitingSpot", { ...facts, spot: order.parkingSpot })
      : t("card.labelWaiting", facts);
  // The whole card is clickable, but the link itself is the shopper's name (stretched over the
  // card): its accessible name starts with the text it shows, and the details stay plain text.
  const name = (
    <Link
      href={`/staff/${storeCode}/pickups/${order.id}`}
      aria-label={label}
      className="after:absolute after:inset-0 after:rounded-xl after:content-[''] focus-visible:outline-none"
    >
      {order.firstName}
    </Link>
  );

  return (
    <li
      className={cn(
        "relative h-full rounded-xl border bg-surface shadow-card transition-[box-shadow,border-color] hover:border-brand-300 hover:shadow-md has-[a:focus-visible]:outline-2 has-[a:focus-visible]:outline-offset-2 has-[a:focus-visible]:outline-brand-600",
        compact ? "p-3" : "p-4",
        waiting ? "border-paprika-600/50 ring-2 ring-paprika-600/25" : "border-line",
        fresh && "border-brand-500 bg-brand-50/60 ring-4 ring-brand-300/60",
      )}
    >
      {compact ? (
        <>
          <div className="flex items-start justify-between gap-2">
            <div className="min-w-0">
              <p className="truncate text-base leading-tight font-bold text-ink">{name}</p>
              <p className="font-mono text-xs tracking-wide text-ink-muted">{order.number}</p>
            </div>
            {fresh ? <Badge tone="sale">{t("card.new")}</Badge> : null}
          </div>
          <p className="mt-2 text-sm font-semibold whitespace-nowrap text-ink tabular">
            <span className="sr-only">{t("card.slotPrefix")}</span>
            {slot}
          </p>
          <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-0.5 text-xs text-ink-muted tabular">
            <span className="font-semibold text-ink">{items}</span>
            {where}
            <span className="inline-flex items-center gap-1">
              <ClockIcon className="size-3.5" /> {placed}
            </span>
          </p>
          {showStatus || dueBadge ? (
            <div className="mt-2 flex flex-wrap gap-1.5">
              {showStatus ? <OrderStatusBadge status={order.status} /> : null}
              {dueBadge}
            </div>
          ) : null}
        </>
      ) : (
        <>
          <div className="flex items-start justify-between gap-3">
            <div className="min-w-0">
              <p className="truncate text-lg font-bold text-ink">{name}</p>
              <p className="font-mono text-sm tracking-wide text-ink-muted">{order.number}</p>
            </div>
            <div className="flex shrink-0 flex-col items-end gap-1.5">
              {fresh ? <Badge tone="sale">{t("card.new")}</Badge> : null}
              {showStatus ? <OrderStatusBadge status={order.status} /> : null}
            </div>
          </div>
          <dl className="mt-3 grid grid-cols-3 gap-2 text-sm">
            <div>
              <dt className="text-xs text-ink-muted">{t("card.itemsTerm")}</dt>
              <dd className="font-semibold text-ink tabular">{order.itemCount}</dd>
            </div>
            <div className="col-span-2">
              <dt className="text-xs text-ink-muted">{t("card.slotTerm")}</dt>
              <dd className="font-semibold whitespace-nowrap text-ink tabular">{slot}</dd>
            </div>
          </dl>
          <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1.5 text-sm text-ink-muted">
            {where}
            <span className="inline-flex items-center gap-1 tabular">
              <ClockIcon className="size-4" /> {placed}
            </span>
            {dueBadge}
          </div>
        </>
      )}
      {waitingBanner}
      {picker}
    </li>
  );
}
