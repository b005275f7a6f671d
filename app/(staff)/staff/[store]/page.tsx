import type { Metadata } from "next";
import { OpenPickupOrders } from "@/components/staff/open-pickup-orders";
import { PickupStatusCounts } from "@/components/staff/pickup-status-counts";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { formatStoreWeekdayDate } from "@/lib/format";
import { getPickupDaySummary, listOpenPickupOrders } from "@/lib/stores/overview";

export const metadata: Metadata = { title: "Pickups" };

export default async function StaffHomePage({ params }: { params: Promise<{ store: string }> }) {
  const { store } = await requireStaff((await params).store);
  const db = await getDb();
  const now = new Date();
  const [summary, open] = await Promise.all([
    getPickupDaySummary(db, { storeId: store.id, timezone: store.timezone, now }),
    listOpenPickupOrders(db, { storeId: store.id, limit: 50 }),
  ]);

  return (
    <div className="space-y-8">
      <PageHeader
        eyebrow={formatStoreWeekdayDate(now, store.timezone)}
        title="Today's pickups"
        description={`Pickup and curbside orders due today at ${store.name}.`}
      />
      <PickupStatusCounts summary={summary} />
      <OpenPickupOrders orders={open} storeCode={store.code} timezone={store.timezone} now={now} />
    </div>
  );
}
