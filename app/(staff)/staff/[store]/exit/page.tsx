import { connection } from "next/server";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ExitCheck } from "@/components/in-store/exit-check";
import { requireStaff } from "@/lib/auth/session";
import { Suspense } from "react";
import { DashboardPageSkeleton } from "@/components/dashboard/dashboard-shell-skeleton";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff.metadata"))("exit") };
}

type Props = { params: Promise<{ store: string }> };

/** Staff scan scan-and-go exit passes: OK, audit (risk-based) or refused. */
export default function ExitCheckPage(props: Props) {
  return (
    <Suspense fallback={<DashboardPageSkeleton />}>
      <ExitCheckPageContent {...props} />
    </Suspense>
  );
}

async function ExitCheckPageContent({ params }: Props) {
  await connection(); // per request: the session and the clock are read below
  const { store } = await requireStaff((await params).store, "exit:check");
  const t = await getTranslations("staff.exit");
  return (
    <div className="mx-auto max-w-xl space-y-5">
      <div>
        <h1 className="text-2xl font-extrabold text-ink">{t("title")}</h1>
        <p className="mt-1 text-ink-muted">{t("description", { store: store.name })}</p>
      </div>
      <ExitCheck storeCode={store.code} />
    </div>
  );
}
