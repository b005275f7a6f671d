"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState, useTransition } from "react";
import { Logo } from "@/components/brand/logo";
import type { TestCard } from "@/components/checkout/test-cards-hint";
import { Button } from "@/components/ui/button-base";
import { CheckIcon } from "@/components/ui/icons";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { cancelKioskHandoverAction, kioskQrAction, kioskStateAction } from "@/lib/in-store/kiosk/actions";
import type { KioskQr } from "@/lib/in-store/kiosk/qr";
import type { KioskScreenState } from "@/lib/in-store/kiosk/screen";
import { formatMoney } from "@/lib/pricing/money";
import { useEventStream } from "@/lib/realtime/use-event-stream";
import { KioskPayPanel } from "./kiosk-pay-panel";

type KioskScreenProps = {
  storeCode: string;
  storeName: string;
  kioskCode: string;
  initialQr: KioskQr | null;
  initialState: KioskScreenState;
  /** "Pay here": the kiosk's own card payment (the form names this kiosk). */
  payAction: (previous: ActionState<void>, formData: FormData) => Promise<ActionResult<void>>;
  testCards: TestCard[] | null;
};

/**
 * The self-checkout kiosk: a hand-over QR that changes every 30 s, and the shopper's basket,
 * live, once their phone has scanned it; the shopper pays on the phone or here — then
 * "Paid — thank you".
 */
export function KioskScreen({ storeCode, storeName, kioskCode, initialQr, initialState, payAction, testCards }: KioskScreenProps) {
  const t = useTranslations("kioskClient.screen");
  const [qr, setQr] = useState(initialQr);
  const [state, setState] = useState<KioskScreenState>(initialState);

  const reload = useCallback(async () => {
    const next = await kioskStateAction({ storeCode, kioskCode });
    if (next.ok) setState(next.data);
  }, [storeCode, kioskCode]);

  const [ending, startEnding] = useTransition();
  const endHandover = () =>
    startEnding(async () => {
      await cancelKioskHandoverAction({ storeCode, kioskCode });
      await reload();
    });

  const status = useEventStream(`/kiosk/${storeCode}/${kioskCode}/events`, () => void reload());

  // A new QR each window; also re-read the state then, so a lapsed thank-you clears by itself.
  useEffect(() => {
    const wait = qr ? Math.max(1000, new Date(qr.expiresAt).getTime() - Date.now() + 200) : 5000;
    const timer = window.setTimeout(async () => {
      const next = await kioskQrAction({ storeCode, kioskCode });
      setQr(next.ok ? next.data : null);
      void reload();
    }, wait);
    return () => window.clearTimeout(timer);
  }, [qr, storeCode, kioskCode, reload]);

  return (
    <div className="grid min-h-dvh bg-canvas lg:grid-cols-[26rem_minmax(0,1fr)]">
      <section aria-labelledby="kiosk-scan" className="flex flex-col items-center justify-center gap-5 bg-brand-800 px-6 py-8 text-center text-white">
        <Logo inverse className="h-9" />
        <h1 id="kiosk-scan" className="text-2xl font-extrabold">
          {t("scanHeading")}
        </h1>
        <p className="max-w-xs text-brand-100">{t("scanIntro")}</p>
        <div className="rounded-2xl bg-white p-4 shadow-card">
          {qr ? (
            <div
              role="img"
              aria-label={t("qrLabel")}
              data-url={qr.url}
              className="size-60 [&_svg]:size-full"
              dangerouslySetInnerHTML={{ __html: qr.svg }}
            />
          ) : (
            <p className="grid size-60 place-items-center text-ink">{t("reconnecting")}</p>
          )}
        </div>
        <p className="text-sm text-brand-100">{t("footer", { store: storeName, kiosk: kioskCode })}</p>
        <p className="text-xs text-brand-200" aria-live="polite">
          {status === "live" ? t("connected") : t("connecting")}
        </p>
      </section>

      <section
        aria-labelledby="kiosk-basket"
        aria-live="polite"
        className={`flex flex-col px-6 py-8 lg:order-none lg:px-12 ${state.status === "idle" ? "" : "order-first"}`}
      >
        {state.status === "paid" ? (
          <div className="m-auto max-w-md text-center">
            <span aria-hidden="true" className="mx-auto grid size-20 place-items-center rounded-full bg-success-bg text-success-fg">
              <CheckIcon className="size-10" />
            </span>
            <h2 id="kiosk-basket" className="mt-4 text-4xl font-extrabold text-ink">
              {t("paidTitle")}
            </h2>
            <p className="mt-2 text-lg text-ink-muted">
              {t("paidBody", { total: formatMoney(state.totalCents, state.currency), number: state.orderNumber, name: state.shopperName })}
            </p>
          </div>
        ) : state.status === "basket" ? (
          <div className="flex flex-1 flex-col">
            <h2 id="kiosk-basket" className="text-3xl font-extrabold text-ink">
              {t("basketTitle", { name: state.shopperName })}
            </h2>
            <p className="mt-1 text-ink-muted">{t("basketIntro")}</p>
            <div className="mt-4 flex flex-wrap items-center justify-between gap-3 rounded-xl bg-brand-50 px-5 py-3">
              <p className="text-ink">
                {t("matchLabel")}{" "}
                <span data-testid="kiosk-match-code" className="ml-1 font-mono text-2xl font-extrabold tracking-[0.3em] text-ink">
                  {state.matchCode}
                </span>
              </p>
              <Button variant="ghost" size="sm" onClick={endHandover} disabled={ending}>
                {t("endHandover")}
              </Button>
            </div>
            <ul className="mt-5 divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface shadow-card">
              {state.lines.length === 0 ? <li className="px-5 py-4 text-ink-muted">{t("basketEmpty")}</li> : null}
              {state.lines.map((line) => (
                <li key={line.skuId} className="flex items-center gap-4 px-5 py-3.5">
                  {/* eslint-disable-next-line @next/next/no-img-element -- app-served product art */}
                  <img src={line.imageUrl} alt="" className="size-12 rounded-lg bg-sand object-cover" />
                  <div className="min-w-0 flex-1">
                    <p className="font-semibold text-ink">{line.name}</p>
                    <p className="text-sm text-ink-muted">
                      {line.variant ? t("variant", { variant: line.variant }) : null}
                      <span className="sm:hidden">{t("quantity", { quantity: line.quantity })}</span>
                    </p>
                  </div>
                  <p className="hidden w-12 text-right font-semibold tabular sm:block">× {line.quantity}</p>
                  <p className="shrink-0 text-right font-bold tabular sm:w-24">{formatMoney(line.lineTotalCents, state.summary.currency)}</p>
                </li>
              ))}
            </ul>
            <dl className="mt-5 ml-auto w-full max-w-sm space-y-1.5 text-lg">
              <div className="flex justify-between text-ink-muted">
                <dt>{t("subtotal", { count: state.summary.itemCount })}</dt>
                <dd className="tabular">{formatMoney(state.summary.subtotalCents, state.summary.currency)}</dd>
              </div>
              {state.summary.promotions.map((promo) => (
                <div key={promo.name} className="flex justify-between text-success-fg">
                  <dt>{promo.name}</dt>
                  <dd className="tabular">{t("discount", { amount: formatMoney(promo.discountCents, state.summary.currency) })}</dd>
                </div>
              ))}
              <div className="flex justify-between text-ink-muted">
                <dt>{t("tax")}</dt>
                <dd className="tabular">{formatMoney(state.summary.taxCents, state.summary.currency)}</dd>
              </div>
              <div className="flex justify-between border-t border-line pt-2 text-3xl font-extrabold text-ink">
                <dt>{t("total")}</dt>
                <dd className="tabular" data-testid="kiosk-total">
                  {formatMoney(state.summary.totalCents, state.summary.currency)}
                </dd>
              </div>
            </dl>
            {state.lines.length > 0 ? (
              <div className="mt-6 ml-auto w-full max-w-sm">
                <KioskPayPanel
                  key={state.shopperName}
                  action={payAction}
                  fields={{ storeCode, kioskCode }}
                  totalLabel={formatMoney(state.summary.totalCents, state.summary.currency)}
                  testCards={testCards}
                />
              </div>
            ) : null}
          </div>
        ) : (
          <div className="m-auto max-w-md text-center">
            <h2 id="kiosk-basket" className="text-3xl font-extrabold text-ink">
              {t("idleTitle")}
            </h2>
            <p className="mt-2 text-lg text-ink-muted">{t("idleBody")}</p>
          </div>
        )}
      </section>
    </div>
  );
}
