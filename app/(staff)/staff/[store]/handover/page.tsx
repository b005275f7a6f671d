import { connection } from "next/server";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HandoverDesk } from "@/components/staff/handover-desk";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/session";
import { Suspense } from "react";
import { DashboardPageSkeleton } from "@/components/dashboard/dashboard-shell-skeleton";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("handover.metadata"))("title") };
}

export default function HandoverPage(props: { params: Promise<{ store: string }> }) {
  return (
    <Suspense fallback={<DashboardPageSkeleton />}>
      <HandoverPageContent {...props} />
    </Suspense>
  );
}

async function HandoverPageContent({ params }: { params: Promise<{ store: string }> }) {
  await connection(); // per request: the session and the clock are read below
  const { store } = await requireStaff((await params).store, "pickups:handover");
  const t = await getTranslations("handover");
  return (
    <div className="space-y-6">
      <PageHeader eyebrow={store.name} title={t("title")} description={t("description")} />
      <HandoverDesk storeCode={store.code} />
    </div>
  );
}
