import { connection } from "next/server";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { DashboardShell } from "@/components/dashboard/dashboard-shell";
import { DashboardShellSkeleton } from "@/components/dashboard/dashboard-shell-skeleton";
import { requireStaff } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff.metadata");
  return { title: { default: t("title"), template: t("titleTemplate") }, robots: { index: false } };
}

type Props = { children: React.ReactNode; params: Promise<{ store: string }> };

/** The prerendered shell is the dashboard's skeleton; who is signed in, and where, streams in. */
export default function StaffLayout(props: Props) {
  return (
    <Suspense fallback={<DashboardShellSkeleton />}>
      <StaffLayoutContent {...props} />
    </Suspense>
  );
}

async function StaffLayoutContent({ children, params }: Props) {
  await connection(); // per request: the session and the clock are read below
  const { store: code } = await params;
  const { user, store } = await requireStaff(code);
  const t = await getTranslations("staff.shell");
  return (
    <DashboardShell
      workspaceLabel={t("workspace")}
      workspaceName={store.name}
      homeHref={`/staff/${store.code}`}
      user={{ name: user.name, role: user.role }}
      nav={[
        { href: `/staff/${store.code}`, label: t("nav.today"), icon: "orders", exact: true },
        { href: `/staff/${store.code}/pickups`, label: t("nav.pickups"), icon: "dashboard" },
        { href: `/staff/${store.code}/handover`, label: t("nav.handover"), icon: "store" },
        { href: `/staff/${store.code}/exit`, label: t("nav.exit"), icon: "scan" },
        { href: `/staff/${store.code}/labels`, label: t("nav.labels"), icon: "tag" },
        { href: `/stores/${store.code}`, label: t("nav.storePage"), icon: "external" },
      ]}
    >
      {children}
    </DashboardShell>
  );
}
