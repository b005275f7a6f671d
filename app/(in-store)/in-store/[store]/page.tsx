import { connection } from "next/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BasketLineControls } from "@/components/in-store/basket-line-controls";
import { PriceSummary } from "@/components/cart/price-summary";
import { InStoreScanner } from "@/components/in-store/in-store-scanner";
import { ProductImage } from "@/components/catalog/product-image";
import { ButtonLink } from "@/components/ui/button";
import { ArrowRightIcon, BagIcon, ReceiptIcon, ScanIcon } from "@/components/ui/icons";
import { getCurrentCart } from "@/lib/cart/current-cart";
import { getCartView } from "@/lib/cart/queries";
import { getDb } from "@/lib/db";
import { findOpenExitPass } from "@/lib/in-store/exit-pass/service";
import { formatMoney } from "@/lib/pricing/money";
import { getStoreByCode } from "@/lib/stores/queries";
import { storeCodeSchema } from "@/lib/stores/schemas";
import { Suspense } from "react";
import { InStorePageSkeleton } from "@/components/in-store/in-store-skeleton";

type Props = { params: Promise<{ store: string }> };

/** In-store home: one big "Scan" button, then the basket with its running total and "Pay". */
export default function InStoreHomePage(props: Props) {
  return (
    <Suspense fallback={<InStorePageSkeleton />}>
      <InStoreHomePageContent {...props} />
    </Suspense>
  );
}

async function InStoreHomePageContent({ params }: Props) {
  await connection(); // per request: the session and the clock are read below
  const code = storeCodeSchema.safeParse((await params).store);
  const db = await getDb();
  const store = code.success ? await getStoreByCode(db, { code: code.data }) : null;
  if (!store) notFound();
  const current = await getCurrentCart();
  const openPass = current.user ? await findOpenExitPass(db, { userId: current.user.id, storeId: store.id }) : null;
  const basket = await getCartView(db, {
    cartId: current.cart?.id ?? null,
    store,
    userId: current.user?.id ?? null,
    fulfilment: null,
    channel: "scan_and_go",
  });
  const t = await getTranslations("inStore.home");

  return (
    <div className="space-y-7">
      {openPass ? (
        <Link
          href={`/in-store/${store.code}/pass/${openPass.orderId}`}
          className="flex items-center gap-3 rounded-xl bg-success-bg px-4 py-3 text-success-fg ring-1 ring-success-fg/20 ring-inset"
        >
          <ReceiptIcon className="size-6 shrink-0" />
          <span className="flex-1">
            <span className="block font-bold">{t("openPass")}</span>
            <span className="block text-sm">
              {t("openPassPaid", { total: formatMoney(openPass.totalCents, openPass.currency), number: openPass.number })}
            </span>
          </span>
          <ArrowRightIcon className="size-5 shrink-0" />
        </Link>
      ) : null}
      <section aria-labelledby="scan-heading" className="space-y-3">
        <div>
          <h1 id="scan-heading" className="text-[1.625rem] leading-tight font-extrabold text-ink">
            {t("scanHeading")}
          </h1>
          <p className="mt-1 text-ink-muted">{t("scanIntro")}</p>
        </div>
        <InStoreScanner storeCode={store.code} />
      </section>

      <section aria-labelledby="basket-heading">
        <div className="mb-3 flex items-baseline justify-between">
          <h2 id="basket-heading" className="text-xl font-extrabold text-ink">
            {t("basketHeading")}
          </h2>
          {basket.lines.length > 0 ? (
            <p className="text-sm font-semibold text-ink-muted tabular">{formatMoney(basket.summary.totalCents, basket.summary.currency)}</p>
          ) : null}
        </div>
        {basket.lines.length === 0 ? (
          <div className="flex items-start gap-3 rounded-xl border border-dashed border-line-strong bg-surface px-4 py-5">
            <span aria-hidden="true" className="grid size-10 shrink-0 place-items-center rounded-full bg-brand-50 text-brand-700">
              <ScanIcon className="size-5" />
            </span>
            <div>
              <p className="font-semibold text-ink">{t("emptyTitle")}</p>
              <p className="mt-0.5 text-sm text-ink-muted">{t("emptyBody", { store: store.name })}</p>
            </div>
          </div>
        ) : (
          <div className="overflow-hidden rounded-xl border border-line bg-surface shadow-card">
            <ul className="divide-y divide-line">
              {basket.lines.map((line) => (
                <li key={line.skuId} className="flex gap-3 px-4 py-3.5">
                  <ProductImage src={line.imageUrl} alt="" className="size-16 shrink-0 rounded-lg bg-sand object-cover" />
                  <div className="min-w-0 flex-1">
                    <div className="flex items-start justify-between gap-3">
                      <div className="min-w-0">
                        <p className="leading-snug font-semibold text-ink">{line.productName}</p>
                        <p className="text-sm text-ink-muted">
                          {line.variant ? t("variant", { variant: line.variant }) : null}
                          {t("each", { price: formatMoney(line.unitPriceCents, basket.summary.currency) })}
                        </p>
                      </div>
                      <p className="shrink-0 font-bold tabular">{formatMoney(line.lineTotalCents, basket.summary.currency)}</p>
                    </div>
                    {line.stockWarning ? <p className="mt-1 text-sm font-semibold text-warning-fg">{line.stockWarning}</p> : null}
                    <BasketLineControls
                      storeCode={store.code}
                      skuId={line.skuId}
                      productName={line.productName}
                      quantity={line.quantity}
                      available={line.available}
                    />
                  </div>
                </li>
              ))}
            </ul>
            <div className="border-t border-line bg-canvas/60 px-4 py-4">
              <PriceSummary summary={basket.summary} fulfilment="in_store" />
              <ButtonLink
                href={`/in-store/${store.code}/pay`}
                size="lg"
                fullWidth
                className="mt-4"
                icon={<BagIcon className="size-5" />}
                aria-disabled={basket.hasProblems || undefined}
              >
                {t("checkout", { total: formatMoney(basket.summary.totalCents, basket.summary.currency) })}
              </ButtonLink>
              <p className="mt-2 text-center text-xs text-ink-muted">{t("samePrices")}</p>
            </div>
          </div>
        )}
      </section>

      <p className="text-center text-sm">
        <Link
          href={`/in-store/${store.code}/aisles`}
          className="inline-flex items-center gap-1 font-semibold text-brand-700 underline-offset-2 hover:underline"
        >
          {t("aisleDirectory")} <ArrowRightIcon className="size-4" />
        </Link>
      </p>
    </div>
  );
}
