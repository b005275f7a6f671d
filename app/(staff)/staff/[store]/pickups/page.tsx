import { connection } from "next/server";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PickupQueueBoard } from "@/components/staff/pickup-queue-board";
import { ButtonLink } from "@/components/ui/button";
import { ScanIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { listPickupQueue } from "@/lib/fulfilment/queries";
import { Suspense } from "react";
import { DashboardPageSkeleton } from "@/components/dashboard/dashboard-shell-skeleton";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pickups.metadata"))("queue") };
}

export default function PickupQueuePage(props: { params: Promise<{ store: string }> }) {
  return (
    <Suspense fallback={<DashboardPageSkeleton />}>
      <PickupQueuePageContent {...props} />
    </Suspense>
  );
}

async function PickupQueuePageContent({ params }: { params: Promise<{ store: string }> }) {
  await connection(); // per request: the session and the clock are read below
  const { store } = await requireStaff((await params).store, "pickups:work");
  const queue = await listPickupQueue(await getDb(), { storeId: store.id, timezone: store.timezone });
  const t = await getTranslations("pickups.queue");
  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow={store.name}
        title={t("title")}
        description={t("description")}
        actions={
          <ButtonLink href={`/staff/${store.code}/handover`} icon={<ScanIcon />}>
            {t("handover")}
          </ButtonLink>
        }
      />
      <PickupQueueBoard storeCode={store.code} timeZone={store.timezone} initial={queue} />
    </div>
  );
}
