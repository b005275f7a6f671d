import { connection } from "next/server";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { DashboardShell } from "@/components/dashboard/dashboard-shell";
import { DashboardShellSkeleton } from "@/components/dashboard/dashboard-shell-skeleton";
import { requireAdmin } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.metadata");
  return { title: { default: t("title"), template: t("titleTemplate") }, robots: { index: false } };
}

type Props = { children: React.ReactNode };

/** The prerendered shell is the dashboard's skeleton; the admin check and who is signed in stream in. */
export default function AdminLayout(props: Props) {
  return (
    <Suspense fallback={<DashboardShellSkeleton />}>
      <AdminLayoutContent {...props} />
    </Suspense>
  );
}

async function AdminLayoutContent({ children }: Props) {
  await connection(); // per request: the session and the clock are read below
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
