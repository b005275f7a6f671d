import type { Metadata } from "next";
import { DashboardShell } from "@/components/dashboard/dashboard-shell";
import { requireStaff } from "@/lib/auth/session";

export const metadata: Metadata = { title: { default: "Staff", template: "%s · Staff · Aisle" }, robots: { index: false } };

type Props = { children: React.ReactNode; params: Promise<{ store: string }> };

export default async function StaffLayout({ children, params }: Props) {
  const { store: code } = await params;
  const { user, store } = await requireStaff(code);
  return (
    <DashboardShell
      workspaceLabel="Staff"
      workspaceName={store.name}
      homeHref={`/staff/${store.code}`}
      user={{ name: user.name, role: user.role }}
      nav={[
        { href: `/staff/${store.code}`, label: "Today", icon: "orders", exact: true },
        { href: `/staff/${store.code}/pickups`, label: "Pickup queue", icon: "dashboard" },
        { href: `/staff/${store.code}/handover`, label: "Handover", icon: "store" },
        { href: `/staff/${store.code}/exit`, label: "Exit checks", icon: "scan" },
        { href: `/staff/${store.code}/labels`, label: "Shelf labels", icon: "tag" },
        { href: `/stores/${store.code}`, label: "Store page", icon: "external" },
      ]}
    >
      {children}
    </DashboardShell>
  );
}
