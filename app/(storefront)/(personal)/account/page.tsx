import { connection } from "next/server";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { formatStoreDate } from "@/lib/format";
import { OrderStatusBadge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ChevronRightIcon, ReceiptIcon, StoreIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { getShopperProfile } from "@/lib/account/queries";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { LiveRefresh } from "@/components/orders/live-refresh";
import { listInAppNotifications } from "@/lib/notifications/queries";
import { listOrdersForShopper } from "@/lib/orders/queries";
import { formatMoney } from "@/lib/pricing/money";
import { getStoreById, listStores } from "@/lib/stores/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("metaTitle") };
}

export default async function AccountPage() {
  await connection(); // per request: the session and the clock are read below
  const user = await requireUser("/account");
  const [t, tOrders] = await Promise.all([getTranslations("account"), getTranslations("orders")]);
  const db = await getDb();
  const [profile, orders, stores, messages] = await Promise.all([
    getShopperProfile(db, { userId: user.id }),
    listOrdersForShopper(db, { userId: user.id }),
    listStores(db),
    listInAppNotifications(db, { userId: user.id, limit: 5 }),
  ]);
  const myStore = profile?.preferredStoreId ? await getStoreById(db, { id: profile.preferredStoreId }) : null;
  // Dates show in the time zone of the store that took the order.
  const timezoneOf = new Map(stores.map((s) => [s.name, s.timezone]));

  return (
    <div className="mx-auto max-w-5xl px-4 pt-6 pb-12 sm:px-6 sm:pt-10 lg:px-8">
      <PageHeader title={t("title")} description={t("signedInAs", { email: user.email })} actions={<SignOutButton variant="secondary" size="md" />} />

      <div className="mt-8 grid gap-6 md:grid-cols-2">
        <Card as="section" aria-labelledby="profile-heading">
          <CardTitle id="profile-heading">{t("profile.heading")}</CardTitle>
          <dl className="mt-3 space-y-2 text-[0.9375rem]">
            <div>
              <dt className="text-sm text-ink-muted">{t("profile.name")}</dt>
              <dd className="font-semibold text-ink">{user.name}</dd>
            </div>
            <div>
              <dt className="text-sm text-ink-muted">{t("profile.email")}</dt>
              <dd className="font-semibold break-all text-ink">{user.email}</dd>
            </div>
            {profile?.phone ? (
              <div>
                <dt className="text-sm text-ink-muted">{t("profile.phone")}</dt>
                <dd className="font-semibold text-ink">{profile.phone}</dd>
              </div>
            ) : null}
          </dl>
        </Card>

        <Card as="section" aria-labelledby="store-heading">
          <CardTitle id="store-heading">{t("store.heading")}</CardTitle>
          {myStore ? (
            <p className="mt-3 flex gap-2 text-[0.9375rem]">
              <StoreIcon className="mt-0.5 text-brand-700" />
              <span>
                <Link href={`/stores/${myStore.code}`} className="font-semibold text-brand-700 underline-offset-4 hover:underline">
                  {myStore.name}
                </Link>
                <span className="block text-sm text-ink-muted">
                  {myStore.street}, {myStore.city}
                </span>
              </span>
            </p>
          ) : (
            <p className="mt-3 text-[0.9375rem] text-ink-muted">{t("store.none")}</p>
          )}
          <ButtonLink href="/stores" variant="secondary" size="sm" className="mt-4">
            {myStore ? t("store.change") : t("store.choose")}
          </ButtonLink>
        </Card>

        <Card as="section" aria-labelledby="sessions-heading" className="md:col-span-2">
          <CardTitle id="sessions-heading">{t("sessions.heading")}</CardTitle>
          <p className="mt-3 text-[0.9375rem] text-ink-muted">{t("sessions.description")}</p>
          <SignOutButton everywhere variant="secondary" size="sm" className="mt-4" />
        </Card>
      </div>

      <section aria-labelledby="messages-heading" className="mt-10">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="messages-heading" className="text-xl font-bold text-ink">
            {t("messages.heading")}
          </h2>
          {/* A new message (order ready, cancelled…) re-renders this page: statuses below follow. */}
          <LiveRefresh url="/api/account/events" />
        </div>
        {messages.length === 0 ? (
          <p className="mt-2 text-[0.9375rem] text-ink-muted">{t("messages.empty")}</p>
        ) : (
          <Card padding="none" className="mt-4 overflow-hidden">
            <ul className="divide-y divide-line">
              {messages.map((message) => (
                <li key={message.id} className="px-4 py-3.5 sm:px-5">
                  <p className="font-semibold text-ink">
                    {message.orderId ? (
                      <Link href={`/orders/${message.orderId}`} className="underline-offset-4 hover:underline">
                        {message.subject}
                      </Link>
                    ) : (
                      message.subject
                    )}
                  </p>
                  <p className="mt-0.5 text-sm text-ink-muted">{message.body}</p>
                </li>
              ))}
            </ul>
          </Card>
        )}
      </section>

      <section aria-labelledby="orders-heading" className="mt-10">
        <h2 id="orders-heading" className="text-xl font-bold text-ink">
          {t("orders.heading")}
        </h2>
        <p className="mt-1 text-sm text-ink-muted">{t("orders.intro")}</p>
        {orders.length === 0 ? (
          <EmptyState
            className="mt-4"
            icon={<ReceiptIcon />}
            title={t("orders.emptyTitle")}
            description={t("orders.emptyDescription")}
            action={<ButtonLink href="/">{t("orders.startShopping")}</ButtonLink>}
          />
        ) : (
          <Card padding="none" className="mt-4 overflow-hidden">
            <ul className="divide-y divide-line">
              {orders.map((order) => {
                const tz = timezoneOf.get(order.storeName) ?? "UTC";
                return (
                  <li key={order.id}>
                    <Link
                      href={`/orders/${order.id}`}
                      className="flex items-center gap-3 px-4 py-4 hover:bg-sand/60 focus-visible:bg-sand/60 sm:px-5"
                    >
                      <div className="min-w-0 flex-1">
                        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                          <span className="font-mono font-semibold tracking-wide text-ink">{order.number}</span>
                          <OrderStatusBadge status={order.status} />
                        </div>
                        <p className="mt-1 text-sm text-ink-muted">
                          {t("orders.summary", {
                            placedAt: formatStoreDate(order.placedAt, tz),
                            channel: tOrders("channel", { channel: order.channel }),
                            fulfilment: tOrders("fulfilment", { fulfilment: order.fulfilment ?? "none" }),
                            store: order.storeName,
                          })}
                        </p>
                      </div>
                      <span className="shrink-0 font-bold text-ink tabular">{formatMoney(order.totalCents, order.currency)}</span>
                      <ChevronRightIcon className="text-ink-subtle" />
                    </Link>
                  </li>
                );
              })}
            </ul>
          </Card>
        )}
      </section>
    </div>
  );
}
