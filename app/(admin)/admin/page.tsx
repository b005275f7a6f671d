import { connection } from "next/server";
import type { Metadata } from "next";
import { Suspense } from "react";
import { DashboardPageSkeleton } from "@/components/dashboard/dashboard-shell-skeleton";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { BoxIcon, ReceiptIcon, StoreIcon, TagIcon, UsersIcon } from "@/components/ui/icons";
import { formatMoney } from "@/components/ui/price";
import { PageHeader } from "@/components/ui/page-header";
import { listStaffLockouts } from "@/lib/auth/lockouts";
import { requireAdmin } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getNetworkOverview, listStoreActivity } from "@/lib/stores/overview";
import { formatNumber, formatStoreShortDateTime } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.metadata"))("overview") };
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export default function AdminHomePage() {
  return (
    <Suspense fallback={<DashboardPageSkeleton />}>
      <AdminHomePageContent />
    </Suspense>
  );
}

async function AdminHomePageContent() {
  await connection(); // per request: the session and the clock are read below
  await requireAdmin();
  const t = await getTranslations("admin.overview");
  const db = await getDb();
  // eslint-disable-next-line react-hooks/purity -- a server component rendered per request: "the last 7 days" is from now
  const since = new Date(Date.now() - WEEK_MS);
  const [overview, stores, lockouts] = await Promise.all([
    getNetworkOverview(db, { since }),
    listStoreActivity(db, { since }),
    listStaffLockouts(db, { since }),
  ]);

  const stats = [
    { label: t("stats.products"), value: formatNumber(overview.products), icon: TagIcon },
    { label: t("stats.skus"), value: formatNumber(overview.skus), icon: BoxIcon },
    { label: t("stats.stores"), value: formatNumber(overview.stores), icon: StoreIcon },
    { label: t("stats.staff"), value: formatNumber(overview.staff), icon: UsersIcon },
    {
      label: t("stats.orders"),
      value: formatNumber(overview.ordersSince),
      icon: ReceiptIcon,
      note: t("stats.sales", { amount: formatMoney(overview.revenueSinceCents) }),
    },
  ];

  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} />
      <section aria-labelledby="headline-numbers">
        <h2 id="headline-numbers" className="sr-only">
          {t("headline")}
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-5">
          {stats.map(({ label, value, icon: Icon, note }) => (
            <div
              key={label}
              className="col-span-1 rounded-xl border border-line bg-surface p-4 shadow-card last:col-span-2 sm:p-5 sm:last:col-span-1"
            >
              <dt className="flex items-center gap-2 text-sm font-semibold text-ink-muted">
                <Icon className="size-[1.125rem] text-brand-700" />
                {label}
              </dt>
              <dd className="mt-2 text-3xl font-extrabold text-ink tabular">{value}</dd>
              {note ? <dd className="mt-0.5 text-sm text-ink-muted tabular">{note}</dd> : null}
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="stores-heading">
        <h2 id="stores-heading" className="mb-4 text-xl font-extrabold text-ink">
          {t("storesHeading")}
        </h2>
        <Card padding="none" className="overflow-x-auto">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <caption className="sr-only">{t("storesCaption")}</caption>
            <thead className="border-b border-line bg-sand/60 text-xs font-semibold tracking-wide text-ink-muted uppercase">
              <tr>
                <th scope="col" className="px-4 py-3">
                  {t("columns.store")}
                </th>
                <th scope="col" className="px-4 py-3 text-right">
                  {t("columns.staff")}
                </th>
                <th scope="col" className="px-4 py-3 text-right">
                  {t("columns.orders")}
                </th>
                <th scope="col" className="px-4 py-3 text-right">
                  {t("columns.sales")}
                </th>
                <th scope="col" className="px-4 py-3 text-right">
                  {t("columns.openPickups")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {stores.map((store) => (
                <tr key={store.code}>
                  <th scope="row" className="px-4 py-3.5 font-medium">
                    <Link href={`/staff/${store.code}`} className="font-semibold text-ink underline-offset-4 hover:underline">
                      {store.name}
                    </Link>
                    <span className="block text-xs font-normal text-ink-muted">{store.city}</span>
                  </th>
                  <td className="px-4 py-3.5 text-right tabular">{store.staff}</td>
                  <td className="px-4 py-3.5 text-right tabular">{formatNumber(store.ordersSince)}</td>
                  <td className="px-4 py-3.5 text-right tabular">{formatMoney(store.revenueSinceCents)}</td>
                  <td className="px-4 py-3.5 text-right tabular">{store.openPickups}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      </section>

      <section aria-labelledby="lockouts-heading">
        <h2 id="lockouts-heading" className="mb-1 text-xl font-extrabold text-ink">
          {t("lockouts.heading")}
        </h2>
        <p className="mb-4 text-sm text-ink-muted">{t("lockouts.description")}</p>
        {lockouts.length === 0 ? (
          <Card>
            <p className="text-sm text-ink-muted">{t("lockouts.none")}</p>
          </Card>
        ) : (
          <Card padding="none">
            <ul className="divide-y divide-line text-sm">
              {lockouts.map((lockout) => (
                <li
                  key={`${lockout.email}-${lockout.at.toISOString()}`}
                  className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3"
                >
                  <span>
                    <span className="font-semibold text-ink">{lockout.name}</span> <span className="text-ink-muted">{lockout.email}</span>
                    <span className="block text-xs text-ink-muted">
                      {lockout.storeName
                        ? t("lockouts.detailAtStore", {
                            role: lockout.role,
                            store: lockout.storeName,
                            failures: lockout.failures ?? 0,
                            address: lockout.clientAddress ?? "?",
                          })
                        : t("lockouts.detail", { role: lockout.role, failures: lockout.failures ?? 0, address: lockout.clientAddress ?? "?" })}
                    </span>
                  </span>
                  <time dateTime={lockout.at.toISOString()} className="text-xs text-ink-muted tabular">
                    {formatStoreShortDateTime(lockout.at, lockout.timezone)}
                  </time>
                </li>
              ))}
            </ul>
          </Card>
        )}
      </section>
    </div>
  );
}
