import { connection } from "next/server";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OpenPickupOrders } from "@/components/staff/open-pickup-orders";
import { PickupStatusCounts } from "@/components/staff/pickup-status-counts";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { formatStoreWeekdayDate } from "@/lib/format";
import { getPickupDaySummary, listOpenPickupOrders } from "@/lib/stores/overview";
import { Suspense } from "react";
import { DashboardPageSkeleton } from "@/components/dashboard/dashboard-shell-skeleton";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff.metadata"))("home") };
}

export default function StaffHomePage(props: { params: Promise<{ store: string }> }) {
  return (
    <Suspense fallback={<DashboardPageSkeleton />}>
      <StaffHomePageContent {...props} />
    </Suspense>
  );
}

async function StaffHomePageContent({ params }: { params: Promise<{ store: string }> }) {
  await connection(); // per request: the session and the clock are read below
  const { store } = await requireStaff((await params).store);
  const t = await getTranslations("staff.home");
  const db = await getDb();
  const now = new Date();
  const [summary, open] = await Promise.all([
    getPickupDaySummary(db, { storeId: store.id, timezone: store.timezone, now }),
    listOpenPickupOrders(db, { storeId: store.id, limit: 50 }),
  ]);

  return (
    <div className="space-y-8">
      <PageHeader eyebrow={formatStoreWeekdayDate(now, store.timezone)} title={t("title")} description={t("description", { store: store.name })} />
      <PickupStatusCounts summary={summary} />
      <OpenPickupOrders orders={open} storeCode={store.code} timezone={store.timezone} now={now} />
    </div>
  );
}
