import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DashboardShell } from "@/components/dashboard/dashboard-shell";
import { requireAdmin } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.metadata");
  return { title: { default: t("title"), template: t("titleTemplate") }, robots: { index: false } };
}

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireAdmin();
  const t = await getTranslations("admin.shell");
  return (
    <DashboardShell
      workspaceLabel={t("workspace")}
      workspaceName={t("retailer")}
      homeHref="/admin"
      user={{ name: user.name, role: user.role }}
      nav={[
        { href: "/admin", label: t("nav.overview"), icon: "dashboard", exact: true },
        { href: "/stores", label: t("nav.storeFinder"), icon: "external" },
      ]}
    >
      {children}
    </DashboardShell>
  );
}
