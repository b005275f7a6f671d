import { connection } from "next/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CartRefresh } from "@/components/orders/cart-refresh";
import { formatStoreDateTime } from "@/lib/format";
import { ImHereForm } from "@/components/orders/im-here-form";
import { LiveRefresh } from "@/components/orders/live-refresh";
import { OrderMessages } from "@/components/orders/order-messages";
import { SubstitutionReview } from "@/components/orders/substitution-review";
import { OrderLineItem } from "@/components/orders/order-line-item";
import { OrderTimeline } from "@/components/orders/order-timeline";
import { OrderTotals } from "@/components/orders/order-totals";
import { PickupCode } from "@/components/orders/pickup-code";
import { OrderStatusBadge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { CarIcon, CheckIcon, PinIcon, StoreIcon, TruckIcon } from "@/components/ui/icons";
import { requireUser } from "@/lib/auth/session";
import { getSkuDisplay } from "@/lib/cart/queries";
import { formatSlotRange, relativeDayLabel } from "@/lib/cart/slot-groups";
import { getDb } from "@/lib/db";
import { listInAppNotifications } from "@/lib/notifications/queries";
import { isOpenStatus } from "@/lib/orders/statuses";
import { getOrderForShopper } from "@/lib/fulfilment/shopper-order";
import { formatMoney } from "@/lib/pricing/money";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("orders");
  return { title: t("metaTitle") };
}

export default async function OrderPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ placed?: string }> }) {
  await connection(); // per request: the session and the clock are read below
  const [{ id }, { placed }] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/orders/${id}`);
  // Someone else's order and a missing one look the same: not found.
  const db = await getDb();
  const order = await getOrderForShopper(db, { orderId: id, userId: user.id });
  if (!order) notFound();
  const t = await getTranslations("orders");
  const [skuDisplay, messages] = await Promise.all([
    getSkuDisplay(db, { skuCodes: order.lines.map((line) => line.skuCode) }),
    listInAppNotifications(db, { userId: user.id, orderId: order.id }),
  ]);
  const substitutions = order.lines.filter((line) => line.status === "substituted" && line.substituteName);

  const tz = order.store.timezone;
  const isPickup = order.fulfilment === "pickup" || order.fulfilment === "curbside";
  const open = isOpenStatus(order.status);
  const slot =
    order.slotStartsAt && order.slotEndsAt
      ? `${relativeDayLabel(new Date(order.slotStartsAt), tz)}, ${formatSlotRange(new Date(order.slotStartsAt), new Date(order.slotEndsAt), tz)}`
      : null;
  const units = order.lines.reduce((n, line) => n + line.quantity, 0);
  const fulfilment = order.fulfilment ?? "none";
  const payment = order.payment;
  const card = payment ? t("payment.card", { brand: payment.cardBrand ?? "none" }) : "";
  const cardLine = payment?.last4 ? t("payment.cardWithLast4", { card, last4: payment.last4 }) : card;

  return (
    <div className="mx-auto max-w-6xl px-4 pt-6 pb-12 sm:px-6 sm:pt-10 lg:px-8">
      {placed === "1" ? (
        <>
          <CartRefresh />
          <div role="status" className="mb-6 flex gap-3 rounded-xl border border-success-fg/20 bg-success-bg px-4 py-4 text-success-fg sm:px-5">
            <span aria-hidden="true" className="grid size-9 shrink-0 place-items-center rounded-full bg-success-fg text-white">
              <CheckIcon className="size-5" strokeWidth={3} />
            </span>
            {/* min-w-0 + wrap-anywhere: a long email address wraps instead of widening the page. */}
            <div className="min-w-0">
              <p className="text-lg font-bold">{t("placedBanner.thanks", { firstName: order.contactName.split(" ")[0] })}</p>
              <p className="text-sm">
                {t.rich("placedBanner.confirmation", {
                  address: order.contactEmail,
                  email: (chunks) => <span className="font-semibold wrap-anywhere">{chunks}</span>,
                })}{" "}
                {t("placedBanner.next", { fulfilment })}
              </p>
            </div>
          </div>
        </>
      ) : null}

      <header className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <p className="text-sm font-semibold text-brand-700">
            {t("channel", { channel: order.channel })} · {t("fulfilment", { fulfilment })}
          </p>
          <h1 className="text-[1.75rem] leading-tight font-extrabold text-ink sm:text-4xl">
            {t.rich("header.heading", {
              orderNumber: order.number,
              number: (chunks) => <span className="font-mono tracking-wide">{chunks}</span>,
            })}
          </h1>
          <p className="mt-1 text-ink-muted">
            {t("header.placed", { placedAt: formatStoreDateTime(order.placedAt, tz), units, total: formatMoney(order.totalCents, order.currency) })}
          </p>
        </div>
        <div className="flex items-center gap-3 self-start sm:self-auto">
          {open ? <LiveRefresh url={`/api/orders/${order.id}/events`} renderedStatus={order.status} /> : null}
          <OrderStatusBadge status={order.status} className="px-3 py-1 text-sm" />
        </div>
      </header>

      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-8">
        <div className="min-w-0 space-y-6">
          {isPickup && order.pickupCode && open ? (
            <Card as="section" aria-labelledby="pickup-heading">
              <CardTitle id="pickup-heading" className="flex items-center gap-2">
                {order.fulfilment === "curbside" ? <CarIcon /> : <StoreIcon />}
                {t("pickup.heading", { fulfilment })}
              </CardTitle>
              <p className="mt-1 text-sm text-ink-muted">
                {slot
                  ? t.rich("pickup.slotAtStore", {
                      when: slot,
                      store: order.store.name,
                      slot: (chunks) => <span className="font-semibold text-ink">{chunks}</span>,
                    })
                  : order.store.name}
              </p>
              <div className="mt-5">
                <PickupCode orderNumber={order.number} code={order.pickupCode} />
              </div>
            </Card>
          ) : null}

          {order.fulfilment === "curbside" && open ? (
            <Card as="section" aria-labelledby="curbside-heading">
              <CardTitle id="curbside-heading">{t("curbside.heading")}</CardTitle>
              <p className="mt-1 mb-4 text-sm text-ink-muted">
                {t("curbside.instructions", { hasSlot: slot ? "yes" : "no", slot: slot ?? "", store: order.store.name })}
              </p>
              <ImHereForm orderId={order.id} arrivedSpot={order.curbsideArrivedAt ? order.parkingSpot : null} />
            </Card>
          ) : null}

          {substitutions.length > 0 ? (
            <Card as="section" aria-labelledby="subs-heading">
              <CardTitle id="subs-heading">{t("substitutions.heading")}</CardTitle>
              <ul className="divide-y divide-line">
                {substitutions.map((line) => (
                  <SubstitutionReview
                    key={line.id}
                    orderId={order.id}
                    lineId={line.id}
                    productName={line.productName}
                    substituteName={line.substituteName!}
                    status={line.substitutionStatus}
                    priceNote={
                      line.substituteCharged
                        ? t("substitutions.cheaper", {
                            charge: formatMoney(line.chargeCents, order.currency),
                            ordered: formatMoney(line.lineTotalCents, order.currency),
                          })
                        : t("substitutions.noMore", { charge: formatMoney(line.chargeCents, order.currency) })
                    }
                  />
                ))}
              </ul>
            </Card>
          ) : null}

          <Card as="section" aria-labelledby="items-heading">
            <CardTitle id="items-heading">{t("items.heading")}</CardTitle>
            <ul className="mt-3 divide-y divide-line">
              {order.lines.map((line) => (
                <OrderLineItem key={line.id} line={line} display={skuDisplay.get(line.skuCode)} currency={order.currency} />
              ))}
            </ul>
          </Card>
        </div>

        <div className="space-y-6">
          {order.fulfilment ? (
            <Card as="section" aria-labelledby="status-heading">
              <CardTitle id="status-heading">{t("status.heading")}</CardTitle>
              <div className="mt-4">
                <OrderTimeline status={order.status} history={order.history} delivery={order.fulfilment === "delivery"} timeZone={tz} />
              </div>
              {order.curbsideArrivedAt ? (
                <p className="mt-4 text-sm text-ink-muted">
                  {t("status.arrived", {
                    at: formatStoreDateTime(order.curbsideArrivedAt, tz),
                    hasSpot: order.parkingSpot ? "yes" : "no",
                    spot: order.parkingSpot ?? "",
                  })}
                </p>
              ) : null}
            </Card>
          ) : null}

          {messages.length > 0 ? (
            <Card as="section" aria-labelledby="messages-heading">
              <CardTitle id="messages-heading">{t("messages.heading")}</CardTitle>
              <OrderMessages messages={messages} timeZone={tz} />
            </Card>
          ) : null}

          <Card as="section" aria-labelledby="where-heading">
            <CardTitle id="where-heading">{t("where.heading", { fulfilment })}</CardTitle>
            {order.fulfilment === "delivery" && order.deliveryAddress ? (
              <address className="mt-2 flex gap-2 text-sm text-ink not-italic">
                <TruckIcon className="mt-0.5 text-ink-muted" />
                <span>
                  {order.deliveryAddress.name}
                  <br />
                  {order.deliveryAddress.line1}
                  {order.deliveryAddress.line2 ? `, ${order.deliveryAddress.line2}` : ""}
                  <br />
                  {order.deliveryAddress.city}, {order.deliveryAddress.region} {order.deliveryAddress.postalCode}
                </span>
              </address>
            ) : null}
            <address className="mt-2 flex gap-2 text-sm text-ink not-italic">
              <PinIcon className="mt-0.5 text-ink-muted" />
              <span>
                {order.fulfilment === "delivery" ? <span className="text-ink-muted">{t("where.packedAt")}</span> : null}
                <Link href={`/stores/${order.store.code}`} className="font-semibold text-brand-700 underline-offset-4 hover:underline">
                  {order.store.name}
                </Link>
                <br />
                {order.store.street}, {order.store.city}
              </span>
            </address>
            {slot && isPickup ? <p className="mt-2 text-sm text-ink-muted">{t("where.pickupWindow", { slot })}</p> : null}
          </Card>

          <Card as="section" aria-labelledby="payment-heading">
            <CardTitle id="payment-heading">{t("payment.heading")}</CardTitle>
            {order.payment ? (
              <p className="mt-2 text-sm">
                <span className="font-semibold text-ink">{cardLine}</span>
                <span className="block text-ink-muted">{t("payment.status", { status: order.payment.status })}</span>
              </p>
            ) : null}
            <div className="mt-4">
              <OrderTotals order={order} delivery={order.fulfilment === "delivery"} />
            </div>
          </Card>

          <Link href="/account" className="inline-flex h-11 items-center text-sm font-semibold text-brand-700 underline-offset-4 hover:underline">
            {t("allOrders")}
          </Link>
        </div>
      </div>
    </div>
  );
}
