import type { Metadata } from "next";
import { ExitCheck } from "@/components/in-store/exit-check";
import { requireStaff } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Exit checks" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ store: string }> };

/** Staff scan scan-and-go exit passes: OK, audit (risk-based) or refused. */
export default async function ExitCheckPage({ params }: Props) {
  const { store } = await requireStaff((await params).store, "exit:check");
  return (
    <div className="mx-auto max-w-xl space-y-5">
      <div>
        <h1 className="text-2xl font-extrabold text-ink">Exit checks</h1>
        <p className="mt-1 text-ink-muted">Scan the exit pass on the shopper&apos;s phone. Each pass works once, for {store.name} only, for about two minutes.</p>
      </div>
      <ExitCheck storeCode={store.code} />
    </div>
  );
}
