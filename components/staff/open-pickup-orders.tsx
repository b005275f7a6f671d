import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge, OrderStatusBadge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { BoxIcon, CarIcon } from "@/components/ui/icons";
import { formatMoney } from "@/components/ui/price";
import { formatStoreTimeOrDay } from "@/lib/format";
import type { OpenPickupOrder } from "@/lib/stores/overview";

function DueTime({ order, timezone, now }: { order: OpenPickupOrder; timezone: string; now: Date }) {
  const t = useTranslations("staff.openOrders");
  if (!order.dueAt) return <span className="text-ink-muted">{t("noSlot")}</span>;
  const late = order.dueAt < now && order.status !== "ready";
  return (
    <span className={late ? "font-semibold whitespace-nowrap text-danger-fg" : "whitespace-nowrap text-ink"}>
      {formatStoreTimeOrDay(order.dueAt, timezone, now)}
      {late ? <span className="ml-1.5 text-xs font-bold uppercase">{t("late")}</span> : null}
    </span>
  );
}

function Fulfilment({ order }: { order: OpenPickupOrder }) {
  const t = useTranslations("staff.openOrders");
  if (order.fulfilment === "pickup") return <span className="text-ink-muted">{t("inStore")}</span>;
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <span className="inline-flex items-center gap-1 text-ink-muted">
        <CarIcon className="size-4" /> {t("curbside")}
      </span>
      {order.curbsideArrivedAt ? <Badge tone="sale">{t("hereNow")}</Badge> : null}
    </span>
  );
}

/** Orders still to pick, hand over or collect — curbside arrivals first, then by due time. */
export function OpenPickupOrders({
  orders,
  storeCode,
  timezone,
  now,
}: {
  orders: OpenPickupOrder[];
  storeCode: string;
  timezone: string;
  now: Date;
}) {
  const t = useTranslations("staff.openOrders");
  const pickList = (order: OpenPickupOrder) => `/staff/${storeCode}/pickups/${order.id}`;
  return (
    <section aria-labelledby="open-orders" className="space-y-4">
      <div className="flex items-baseline justify-between gap-4">
        <h2 id="open-orders" className="text-xl font-extrabold text-ink">
          {t("heading")}
        </h2>
        <p className="text-sm text-ink-muted tabular">{t("count", { count: orders.length })}</p>
      </div>
      {orders.length === 0 ? (
        <EmptyState icon={<BoxIcon />} title={t("emptyTitle")} description={t("emptyDescription")} />
      ) : (
        <>
          {/* Tablets in portrait and phones: one card per order. */}
          <ul className="space-y-3 md:hidden">
            {orders.map((order) => (
              <li key={order.id} className="rounded-xl border border-line bg-surface p-4 shadow-card">
                <div className="flex items-start justify-between gap-3">
                  <div>
                    <Link href={pickList(order)} className="font-mono text-sm font-semibold text-brand-700 underline-offset-2 hover:underline">
                      {order.number}
                    </Link>
                    <p className="font-semibold text-ink">{order.contactName}</p>
                  </div>
                  <OrderStatusBadge status={order.status} />
                </div>
                <dl className="mt-3 grid grid-cols-3 gap-2 text-sm">
                  <div>
                    <dt className="text-xs text-ink-muted">{t("columns.due")}</dt>
                    <dd>
                      <DueTime order={order} timezone={timezone} now={now} />
                    </dd>
                  </div>
                  <div>
                    <dt className="text-xs text-ink-muted">{t("columns.items")}</dt>
                    <dd className="tabular">{order.itemCount}</dd>
                  </div>
                  <div>
                    <dt className="text-xs text-ink-muted">{t("columns.total")}</dt>
                    <dd className="tabular">{formatMoney(order.totalCents, order.currency)}</dd>
                  </div>
                </dl>
                <div className="mt-3 text-sm">
                  <Fulfilment order={order} />
                </div>
              </li>
            ))}
          </ul>
          <div className="hidden overflow-hidden rounded-xl border border-line bg-surface shadow-card md:block">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("caption")}</caption>
              <thead className="border-b border-line bg-sand/60 text-xs font-semibold tracking-wide text-ink-muted uppercase">
                <tr>
                  <th scope="col" className="px-4 py-3">
                    {t("columns.order")}
                  </th>
                  <th scope="col" className="px-4 py-3">
                    {t("columns.customer")}
                  </th>
                  <th scope="col" className="px-4 py-3">
                    {t("columns.pickup")}
                  </th>
                  <th scope="col" className="px-4 py-3">
                    {t("columns.due")}
                  </th>
                  <th scope="col" className="px-4 py-3 text-right">
                    {t("columns.items")}
                  </th>
                  <th scope="col" className="px-4 py-3 text-right">
                    {t("columns.total")}
                  </th>
                  <th scope="col" className="px-4 py-3">
                    {t("columns.status")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-line">
                {orders.map((order) => (
                  <tr key={order.id} className="hover:bg-canvas">
                    <th scope="row" className="px-4 py-3.5 font-mono font-semibold">
                      <Link href={pickList(order)} className="text-brand-700 underline-offset-2 hover:underline">
                        {order.number}
                      </Link>
                    </th>
                    <td className="px-4 py-3.5 font-medium text-ink">{order.contactName}</td>
                    <td className="px-4 py-3.5">
                      <Fulfilment order={order} />
                    </td>
                    <td className="px-4 py-3.5 whitespace-nowrap tabular">
                      <DueTime order={order} timezone={timezone} now={now} />
                    </td>
                    <td className="px-4 py-3.5 text-right tabular">{order.itemCount}</td>
                    <td className="px-4 py-3.5 text-right tabular">{formatMoney(order.totalCents, order.currency)}</td>
                    <td className="px-4 py-3.5">
                      <OrderStatusBadge status={order.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
