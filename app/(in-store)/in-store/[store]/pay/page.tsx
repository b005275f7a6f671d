import { connection } from "next/server";
import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PriceSummary } from "@/components/cart/price-summary";
import { FollowKioskPayment } from "@/components/in-store/follow-kiosk-payment";
import { PayForm } from "@/components/in-store/pay-form";
import { ButtonLink } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { getCurrentCart } from "@/lib/cart/current-cart";
import { getCartView } from "@/lib/cart/queries";
import { getDb } from "@/lib/db";
import { payInStoreAction } from "@/lib/in-store/actions";
import { KIOSK_CODE } from "@/lib/in-store/kiosk/channels";
import { endedHandoverReason, findLiveHandover } from "@/lib/in-store/kiosk/service";
import { TEST_CARD_HINTS } from "@/lib/payments/test-provider";
import { formatMoney } from "@/lib/pricing/money";
import { isDemoMode } from "@/lib/startup";
import { getStoreByCode } from "@/lib/stores/queries";
import { storeCodeSchema } from "@/lib/stores/schemas";
import { Suspense } from "react";
import { InStorePageSkeleton } from "@/components/in-store/in-store-skeleton";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("inStore.metadata");
  return { title: t("pay"), robots: { index: false } };
}

type Props = { params: Promise<{ store: string }>; searchParams: Promise<{ kiosk?: string }> };

export default function InStorePayPage(props: Props) {
  return (
    <Suspense fallback={<InStorePageSkeleton />}>
      <InStorePayPageContent {...props} />
    </Suspense>
  );
}

async function InStorePayPageContent({ params, searchParams }: Props) {
  await connection(); // per request: the session and the clock are read below
  const code = storeCodeSchema.safeParse((await params).store);
  const db = await getDb();
  const store = code.success ? await getStoreByCode(db, { code: code.data }) : null;
  if (!store) notFound();
  const kiosk = (await searchParams).kiosk;
  const askedKiosk = kiosk && KIOSK_CODE.test(kiosk) ? kiosk : undefined;
  const user = await requireUser(`/in-store/${store.code}/pay${askedKiosk ? `?kiosk=${askedKiosk}` : ""}`);
  // Only a hand-over that is still this shopper's makes this a kiosk payment; an ended one is said plainly.
  const handover = askedKiosk ? await findLiveHandover(db, { userId: user.id, storeId: store.id, kioskCode: askedKiosk }) : null;
  const kioskCode = handover ? askedKiosk : undefined;
  // Why it is over, when it is: timed out (the expiry sweep told the phone) or cancelled/replaced.
  const endedReason = askedKiosk && !handover ? await endedHandoverReason(db, { userId: user.id, storeId: store.id, kioskCode: askedKiosk }) : null;
  const current = await getCurrentCart();
  // Priced for the channel the payment will use, so the total shown is the total charged.
  const basket = await getCartView(db, {
    cartId: current.cart?.id ?? null,
    store,
    userId: current.user?.id ?? null,
    fulfilment: null,
    channel: kioskCode ? "kiosk" : "scan_and_go",
  });
  const testCards = isDemoMode() ? TEST_CARD_HINTS : null;
  const t = await getTranslations("inStore.pay");

  if (basket.lines.length === 0) {
    return (
      <div className="space-y-4 text-center">
        <h1 className="text-2xl font-extrabold text-ink">{t("nothingTitle")}</h1>
        <p className="text-ink-muted">{t("nothingBody")}</p>
        <ButtonLink href={`/in-store/${store.code}`} size="lg">
          {t("scanItem")}
        </ButtonLink>
      </div>
    );
  }
  const total = formatMoney(basket.summary.totalCents, basket.summary.currency);
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-[1.625rem] leading-tight font-extrabold text-ink">{t("title", { total })}</h1>
        <p className="mt-1 text-ink-muted">{kioskCode ? t("kioskNote") : t("itemsFrom", { count: basket.summary.itemCount, store: store.name })}</p>
      </div>
      <details className="rounded-xl border border-line bg-surface px-4 py-3 shadow-card">
        <summary className="cursor-pointer font-semibold text-ink">{t("summary", { count: basket.summary.itemCount, total })}</summary>
        <ul className="mt-3 space-y-1.5 text-sm">
          {basket.lines.map((line) => (
            <li key={line.skuId} className="flex justify-between gap-3">
              <span className="min-w-0">{t("line", { quantity: line.quantity, name: line.productName })}</span>
              <span className="shrink-0 tabular">{formatMoney(line.lineTotalCents, basket.summary.currency)}</span>
            </li>
          ))}
        </ul>
        <PriceSummary summary={basket.summary} fulfilment="in_store" className="mt-3 border-t border-line pt-3" />
      </details>
      {handover && kioskCode ? (
        <>
          <p className="flex items-center justify-between gap-3 rounded-xl bg-brand-50 px-4 py-3 text-ink">
            <span>{t("kioskMatch", { kiosk: kioskCode })}</span>
            <span data-testid="phone-match-code" className="font-mono text-2xl font-extrabold tracking-[0.3em]">
              {handover.matchCode}
            </span>
          </p>
          <FollowKioskPayment storeCode={store.code} handoverId={handover.id} />
        </>
      ) : askedKiosk ? (
        <p role="status" className="rounded-lg bg-warning-bg px-3 py-2.5 font-semibold text-warning-fg">
          {t(endedReason === "expired" ? "kioskExpired" : "kioskEnded")}
        </p>
      ) : null}
      <div className="rounded-xl border border-line bg-surface p-4 shadow-card">
        <PayForm
          action={payInStoreAction}
          fields={kioskCode ? { storeCode: store.code, kiosk: kioskCode } : { storeCode: store.code }}
          totalLabel={total}
          testCards={testCards}
          initialKey={randomUUID()}
        />
      </div>
    </div>
  );
}
