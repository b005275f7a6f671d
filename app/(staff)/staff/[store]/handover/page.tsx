import type { Metadata } from "next";
import { HandoverDesk } from "@/components/staff/handover-desk";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Handover" };
export const dynamic = "force-dynamic";

export default async function HandoverPage({ params }: { params: Promise<{ store: string }> }) {
  const { store } = await requireStaff((await params).store, "pickups:handover");
  return (
    <div className="space-y-6">
      <PageHeader eyebrow={store.name} title="Handover" description="Check the shopper's pickup code, then hand the order over." />
      <HandoverDesk storeCode={store.code} />
    </div>
  );
}
