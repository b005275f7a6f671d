import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HandoverDesk } from "@/components/staff/handover-desk";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("handover.metadata"))("title") };
}
export const dynamic = "force-dynamic";

export default async function HandoverPage({ params }: { params: Promise<{ store: string }> }) {
  const { store } = await requireStaff((await params).store, "pickups:handover");
  const t = await getTranslations("handover");
  return (
    <div className="space-y-6">
      <PageHeader eyebrow={store.name} title={t("title")} description={t("description")} />
      <HandoverDesk storeCode={store.code} />
    </div>
  );
}
