import type { Metadata } from "next";
import { DashboardShell } from "@/components/dashboard/dashboard-shell";
import { requireAdmin } from "@/lib/auth/session";

export const metadata: Metadata = { title: { default: "Admin", template: "%s · Admin · Aisle" }, robots: { index: false } };

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireAdmin();
  return (
    <DashboardShell
      workspaceLabel="Admin"
      workspaceName="Aisle Markets"
      homeHref="/admin"
      user={{ name: user.name, role: user.role }}
      nav={[
        { href: "/admin", label: "Overview", icon: "dashboard", exact: true },
        { href: "/stores", label: "Store finder", icon: "external" },
      ]}
    >
      {children}
    </DashboardShell>
  );
}
