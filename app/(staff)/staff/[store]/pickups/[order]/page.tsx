import { connection } from "next/server";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LiveRefresh } from "@/components/orders/live-refresh";
import { AuditTrail } from "@/components/staff/audit-trail";
import { CancelOrderForm } from "@/components/staff/cancel-order-form";
import { OrderActionForm } from "@/components/staff/order-action-form";
import { PickLineControls } from "@/components/staff/pick-line-controls";
import { PickScanner } from "@/components/staff/pick-scanner";
import { formatSlot } from "@/components/staff/queue-format";
import { Badge, OrderStatusBadge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { CarIcon, StoreIcon } from "@/components/ui/icons";
import { can } from "@/lib/auth/permissions";
import { requireStaff } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { acknowledgeCurbsideAction, markReadyAction, startPickingAction } from "@/lib/fulfilment/actions";
import { getPickList, type PickListLine } from "@/lib/fulfilment/queries";
import { isOpenStatus } from "@/lib/orders/statuses";
import { formatMoney } from "@/lib/pricing/money";
import { Suspense } from "react";
import { DashboardPageSkeleton } from "@/components/dashboard/dashboard-shell-skeleton";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pickups.metadata"))("pickList") };
}

async function LineStatus({ line }: { line: PickListLine }) {
  const t = await getTranslations("pickups.pickList.lineStatus");
  switch (line.status) {
    case "pending":
      return <Badge tone="neutral">{t("pending")}</Badge>;
    case "picked":
      return (
        <Badge tone="success" dot>
          {t("picked")}
        </Badge>
      );
    case "short":
      return (
        <Badge tone="danger" dot>
          {t("short", { found: line.pickedQuantity ?? 0, ordered: line.quantity })}
        </Badge>
      );
    case "substituted":
      return (
        <Badge tone="info" dot>
          {t(`substituted.${line.substitute?.status === "accepted" ? "accepted" : line.substitute?.status === "rejected" ? "rejected" : "proposed"}`)}
        </Badge>
      );
  }
}

export default function PickListPage(props: { params: Promise<{ store: string; order: string }> }) {
  return (
    <Suspense fallback={<DashboardPageSkeleton />}>
      <PickListPageContent {...props} />
    </Suspense>
  );
}

async function PickListPageContent({ params }: { params: Promise<{ store: string; order: string }> }) {
  await connection(); // per request: the session and the clock are read below
  const { store: code, order: orderId } = await params;
  const { user, store } = await requireStaff(code, "pickups:work");
  const order = await getPickList(await getDb(), { storeId: store.id, orderId });
  if (!order) notFound();
  const t = await getTranslations("pickups.pickList");

  const picking = order.status === "picking";
  const pending = order.lines.filter((line) => line.status === "pending").length;
  const units = order.lines.reduce((n, line) => n + line.quantity, 0);
  const open = isOpenStatus(order.status);
  const tz = store.timezone;

  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href={`/staff/${store.code}/pickups`} className="font-semibold text-brand-700 underline-offset-4 hover:underline">
          {t("back")}
        </Link>
      </nav>
      <header className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <p className="flex items-center gap-2 text-sm font-semibold text-brand-700">
            {order.fulfilment === "curbside" ? <CarIcon className="size-4" /> : <StoreIcon className="size-4" />}
            {order.fulfilment === "curbside" ? t("curbside") : t("inStorePickup")} ·{" "}
            {formatSlot({ slotStartsAt: order.slotStartsAt?.toISOString() ?? null, slotEndsAt: order.slotEndsAt?.toISOString() ?? null }, tz) ??
              t("noSlot")}
          </p>
          <h1 className="text-[1.75rem] leading-tight font-extrabold text-ink sm:text-4xl">
            {order.firstName} · <span className="font-mono tracking-wide">{order.number}</span>
          </h1>
          <p className="mt-1 text-ink-muted">
            {t("summary", { units, lines: order.lines.length })}
            {order.assignedTo ? t("picker", { name: order.assignedTo }) : null}
          </p>
        </div>
        <div className="flex items-center gap-3">
          <LiveRefresh url={`/api/staff/${store.code}/pickups/events`} onlyOrderId={order.id} renderedStatus={order.status} />
          <OrderStatusBadge status={order.status} className="px-3 py-1 text-sm" />
        </div>
      </header>

      {order.fulfilment === "curbside" && order.curbsideArrivedAt && open ? (
        <div className="flex flex-col gap-3 rounded-xl bg-paprika-600 px-4 py-3 text-white sm:flex-row sm:items-center sm:justify-between">
          <p className="font-semibold">
            <CarIcon className="mr-2 inline size-5" />
            {order.parkingSpot ? t("waitingSpot", { name: order.firstName, spot: order.parkingSpot }) : t("waiting", { name: order.firstName })}
          </p>
          <div className="sm:w-56">
            <OrderActionForm action={acknowledgeCurbsideAction} storeCode={store.code} orderId={order.id} label={t("onMyWay")} variant="inverse" />
          </div>
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Card as="section" aria-labelledby="lines-heading" padding="sm" className="min-w-0">
          <div className="flex flex-wrap items-center justify-between gap-3 px-2 pt-2">
            <CardTitle id="lines-heading">{t("linesHeading")}</CardTitle>
            {picking ? <p className="text-sm text-ink-muted tabular">{pending === 0 ? t("allDone") : t("toPick", { count: pending })}</p> : null}
          </div>
          {picking ? (
            <div className="px-2 pt-3">
              <PickScanner storeCode={store.code} orderId={order.id} lines={order.lines} />
            </div>
          ) : null}
          <ol className="mt-3 divide-y divide-line">
            {order.lines.map((line) => (
              <li key={line.id} className="flex flex-col gap-3 px-2 py-4 sm:flex-row sm:items-start">
                <div className="flex shrink-0 items-center gap-3 sm:w-24 sm:flex-col sm:items-start sm:gap-0">
                  <span className="rounded-lg bg-brand-50 px-2.5 py-1 font-mono text-lg font-bold text-brand-800">{line.aisle ?? "—"}</span>
                  <span className="text-sm text-ink-muted">{t("bay", { bay: line.bay ?? "—" })}</span>
                </div>
                <div className="min-w-0 flex-1">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <p className="font-semibold text-ink">
                      <span className="mr-1.5 tabular">{line.quantity} ×</span>
                      {line.productName}
                    </p>
                    <LineStatus line={line} />
                  </div>
                  <p className="mt-0.5 text-xs text-ink-muted">
                    <span className="font-mono">
                      {line.skuCode} · {line.gtin}
                    </span>{" "}
                    · <span data-testid="on-shelf">{t("onHand", { count: line.onHand ?? 0 })}</span>
                  </p>
                  {line.substitute ? (
                    <p className="mt-1 text-sm text-info-fg">
                      {t("substitute", { name: line.substitute.name, code: line.substitute.code, quantity: line.pickedQuantity ?? line.quantity })}
                      {line.substitute.status !== "rejected" && line.substitute.unitPriceCents !== null ? (
                        <span className="block text-ink-muted">
                          {t("substituteEach", { price: formatMoney(line.substitute.unitPriceCents, order.currency) })}
                          {line.substitute.charged
                            ? t("cheaper", { amount: formatMoney(line.chargeCents, order.currency) })
                            : t("orderedPrice", { amount: formatMoney(line.chargeCents, order.currency) })}
                        </span>
                      ) : null}
                    </p>
                  ) : null}
                  {picking ? (
                    <div className="mt-3">
                      <PickLineControls
                        storeCode={store.code}
                        orderId={order.id}
                        lineId={line.id}
                        productName={line.productName}
                        quantity={line.quantity}
                        done={line.status !== "pending"}
                      />
                    </div>
                  ) : null}
                </div>
              </li>
            ))}
          </ol>
        </Card>

        <div className="space-y-6">
          <Card as="section" aria-labelledby="next-heading">
            <CardTitle id="next-heading">{t("nextStep")}</CardTitle>
            <div className="mt-3">
              {order.status === "placed" ? (
                <OrderActionForm
                  action={startPickingAction}
                  storeCode={store.code}
                  orderId={order.id}
                  label={t("startPicking")}
                  hint={t("startPickingHint")}
                />
              ) : picking ? (
                <OrderActionForm
                  action={markReadyAction}
                  storeCode={store.code}
                  orderId={order.id}
                  label={t("markReady")}
                  disabled={pending > 0}
                  hint={pending > 0 ? t("markReadyPending", { count: pending }) : t("markReadyHint")}
                />
              ) : order.status === "ready" || order.status === "partially_ready" ? (
                <p className="text-sm text-ink-muted">
                  {t.rich("waitingFor", {
                    name: order.firstName,
                    amount: formatMoney(order.chargeCents, order.currency),
                    link: (chunks) => (
                      <Link href={`/staff/${store.code}/handover`} className="font-semibold text-brand-700 underline">
                        {chunks}
                      </Link>
                    ),
                    strong: (chunks) => <strong className="text-ink">{chunks}</strong>,
                  })}
                </p>
              ) : (
                <p className="text-sm text-ink-muted">{order.status === "collected" ? t("closed.collected") : t("closed.cancelled")}</p>
              )}
            </div>
          </Card>

          <Card as="section" aria-labelledby="pay-heading">
            <CardTitle id="pay-heading">{t("payment")}</CardTitle>
            <dl className="mt-2 space-y-1 text-sm">
              {/* The order's total follows the picks (short units off, cheaper substitutes at their
                  price); the card was authorised for what was ordered and is never charged more. */}
              <div className="flex justify-between gap-3">
                <dt className="text-ink-muted">{t("authorised")}</dt>
                <dd className="tabular">{formatMoney(order.payment?.amountCents ?? order.totalCents, order.currency)}</dd>
              </div>
              <div className="flex justify-between gap-3">
                <dt className="text-ink-muted">{order.payment?.status === "captured" ? t("charged") : t("toCharge")}</dt>
                <dd className="font-semibold tabular">
                  {formatMoney(order.payment?.status === "captured" ? order.payment.capturedCents : order.chargeCents, order.currency)}
                </dd>
              </div>
              <div className="flex justify-between gap-3">
                <dt className="text-ink-muted">{t("card")}</dt>
                <dd>
                  {order.payment
                    ? t("cardLine", {
                        brand: order.payment.cardBrand ?? t("cardFallback"),
                        last4: order.payment.last4 ?? "----",
                        status: order.payment.status,
                      })
                    : "—"}
                </dd>
              </div>
            </dl>
          </Card>

          <Card as="section" aria-labelledby="audit-heading">
            <CardTitle id="audit-heading">{t("activity")}</CardTitle>
            <div className="mt-3">
              <AuditTrail entries={order.audit} timeZone={tz} />
            </div>
          </Card>

          {open && can(user, "orders:cancel", { storeId: store.id }) ? (
            <details className="rounded-xl border border-line bg-surface p-4">
              <summary className="cursor-pointer font-semibold text-danger-fg">{t("cancelSummary")}</summary>
              <div className="mt-3">
                <CancelOrderForm storeCode={store.code} orderId={order.id} />
              </div>
            </details>
          ) : null}
        </div>
      </div>
    </div>
  );
}
