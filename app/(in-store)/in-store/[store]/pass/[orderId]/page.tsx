import { connection } from "next/server";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ExitPassCode } from "@/components/in-store/exit-pass-code";
import { CheckIcon, ReceiptIcon } from "@/components/ui/icons";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getOrderForShopper } from "@/lib/fulfilment/shopper-order";
import { formatMoney } from "@/lib/pricing/money";
import { Suspense } from "react";
import { InStorePageSkeleton } from "@/components/in-store/in-store-skeleton";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("exitPass.metadata");
  return { title: t("title"), robots: { index: false } };
}

type Props = { params: Promise<{ store: string; orderId: string }> };

/** After "Pay": the exit pass (a refreshing QR) and what was paid for. */
export default function ExitPassPage(props: Props) {
  return (
    <Suspense fallback={<InStorePageSkeleton />}>
      <ExitPassPageContent {...props} />
    </Suspense>
  );
}

async function ExitPassPageContent({ params }: Props) {
  await connection(); // per request: the session and the clock are read below
  const { store: storeCode, orderId } = await params;
  const user = await requireUser(`/in-store/${storeCode}/pass/${orderId}`);
  const order = await getOrderForShopper(await getDb(), { orderId, userId: user.id });
  if (!order || order.store.code !== storeCode || order.channel === "web") notFound();
  const units = order.lines.reduce((n, line) => n + line.quantity, 0);
  const t = await getTranslations("exitPass.pass");

  return (
    <div className="space-y-5">
      <div className="flex items-start gap-3">
        <span aria-hidden="true" className="grid size-10 shrink-0 place-items-center rounded-full bg-success-bg text-success-fg">
          <CheckIcon className="size-5" />
        </span>
        <div>
          <h1 className="text-[1.625rem] leading-tight font-extrabold text-ink">{t("heading")}</h1>
          <p className="mt-0.5 text-ink-muted">
            {t("summary", { total: formatMoney(order.totalCents, order.currency), count: units, number: order.number })}
          </p>
        </div>
      </div>
      <ExitPassCode orderId={order.id} />
      <section aria-labelledby="paid-items" className="rounded-xl border border-line bg-surface px-4 py-3 shadow-card">
        <h2 id="paid-items" className="font-bold text-ink">
          {t("paidItems")}
        </h2>
        <ul className="mt-2 divide-y divide-line text-sm">
          {order.lines.map((line) => (
            <li key={line.id} className="flex justify-between gap-3 py-2">
              <span className="min-w-0">{t("line", { quantity: line.quantity, name: line.productName })}</span>
              <span className="shrink-0 tabular">{formatMoney(line.lineTotalCents, order.currency)}</span>
            </li>
          ))}
        </ul>
        <p className="mt-2 flex justify-between border-t border-line pt-2 font-bold">
          <span>{t("totalPaid")}</span>
          <span className="tabular">{formatMoney(order.totalCents, order.currency)}</span>
        </p>
        {order.payment ? (
          <p className="mt-1 text-xs text-ink-muted">{t("card", { brand: order.payment.cardBrand ?? "", last4: order.payment.last4 ?? "" })}</p>
        ) : null}
      </section>
      <Link
        href={`/orders/${order.id}`}
        className="flex items-center justify-center gap-2 text-sm font-semibold text-brand-700 underline-offset-2 hover:underline"
      >
        <ReceiptIcon className="size-4" /> {t("receipt")}
      </Link>
    </div>
  );
}
