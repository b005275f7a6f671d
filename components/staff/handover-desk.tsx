"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Scanner } from "@/components/scanner";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { CarIcon, CheckIcon } from "@/components/ui/icons";
import type { ActionResult } from "@/lib/actions/result";
import { handOverAction, lookupPickupAction } from "@/lib/fulfilment/actions";
import type { HandoverOrder } from "@/lib/fulfilment/handover";
import { formatMoney } from "@/lib/pricing/money";

/**
 * The counter: "Scan" the shopper's pickup QR (or type the code), check the order that comes up,
 * then "Hand over" — which captures the payment and takes the stock. Refusals say why.
 */
/** The order the code found and, once handed over, what was charged. */
type DeskResult = ActionResult<{ order: HandoverOrder; handedOver?: { capturedCents: number; currency: string } }>;

export function HandoverDesk({ storeCode }: { storeCode: string }) {
  const t = useTranslations("handoverClient");
  const [code, setCode] = useState<string | null>(null);
  const [result, setResult] = useState<DeskResult | null>(null);
  const [pending, startTransition] = useTransition();

  async function lookUp(text: string) {
    setCode(text);
    const found = await lookupPickupAction({ storeCode, code: text });
    setResult(found.ok ? { ok: true, data: { order: found.data } } : found);
  }

  function handOver() {
    if (!code || !result?.ok || pending) return;
    const orderId = result.data.order.id;
    startTransition(async () => {
      setResult(await handOverAction({ storeCode, code, orderId }));
    });
  }

  function reset() {
    setCode(null);
    setResult(null);
  }

  if (result?.ok && result.data.handedOver) {
    return (
      <Card className="border-success-fg/30 bg-success-bg" aria-live="polite">
        <div role="status" className="flex items-start gap-3 text-success-fg">
          <span aria-hidden="true" className="grid size-10 shrink-0 place-items-center rounded-full bg-success-fg text-white">
            <CheckIcon className="size-6" strokeWidth={3} />
          </span>
          <div>
            <p className="text-xl font-bold">{t("done.title", { name: result.data.order.firstName })}</p>
            <p>
              {t.rich("done.collected", {
                number: result.data.order.number,
                amount: formatMoney(result.data.handedOver.capturedCents, result.data.handedOver.currency),
                mono: (chunks) => <span className="font-mono">{chunks}</span>,
              })}
            </p>
          </div>
        </div>
        <Button className="mt-4" onClick={reset}>
          {t("done.next")}
        </Button>
      </Card>
    );
  }

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card as="section" aria-labelledby="scan-heading">
        <CardTitle id="scan-heading">{t("scan.heading")}</CardTitle>
        <p className="mt-1 mb-4 text-sm text-ink-muted">{t("scan.help")}</p>
        <Scanner
          key={code ?? "ready"}
          onScan={lookUp}
          scanLabel={t("scan.button")}
          formats="qr"
          manualLabel={t("scan.manualLabel")}
          manualPlaceholder={t("scan.manualPlaceholder")}
          manualButtonLabel={t("scan.manualButton")}
          showPhotoFallback
        />
      </Card>

      <section aria-labelledby="order-heading" aria-live="polite">
        <h2 id="order-heading" className="sr-only">
          {t("order.heading")}
        </h2>
        {result && !result.ok ? (
          <div role="alert" className="rounded-xl border border-danger-fg/30 bg-danger-bg px-4 py-4 text-danger-fg">
            <p className="font-bold">{t("order.refused")}</p>
            <p className="mt-1">{result.message}</p>
            <Button variant="secondary" size="sm" className="mt-3" onClick={reset}>
              {t("order.tryAnother")}
            </Button>
          </div>
        ) : result?.ok ? (
          <Card>
            <div className="flex items-start justify-between gap-3">
              <div>
                <p className="text-sm font-semibold text-brand-700">{t("order.number", { number: result.data.order.number })}</p>
                <p className="text-2xl font-extrabold text-ink">{result.data.order.firstName}</p>
              </div>
              {result.data.order.fulfilment === "curbside" ? (
                <span className="inline-flex items-center gap-1 text-sm font-semibold text-paprika-700">
                  <CarIcon className="size-4" /> {t("order.curbside")}
                  {result.data.order.parkingSpot ? t("order.spot", { spot: result.data.order.parkingSpot }) : null}
                </span>
              ) : null}
            </div>
            <ul className="mt-4 divide-y divide-line text-sm">
              {result.data.order.lines.map((line) => (
                <li key={line.id} className="flex justify-between gap-3 py-2">
                  <span className="min-w-0">
                    {line.substitute && line.collecting > 0 ? (
                      <>
                        {line.substitute} <span className="text-info-fg">{t("order.insteadOf", { name: line.name })}</span>
                      </>
                    ) : (
                      line.name
                    )}
                    {line.collecting < line.ordered && !line.substitute ? (
                      <span className="text-danger-fg">{t("order.short", { missing: line.ordered - line.collecting })}</span>
                    ) : null}
                    {line.substitute && line.collecting === 0 ? <span className="text-danger-fg">{t("order.rejected")}</span> : null}
                  </span>
                  <span className="shrink-0 font-semibold tabular">× {line.collecting}</span>
                </li>
              ))}
            </ul>
            <p className="mt-4 flex justify-between border-t border-line pt-3 font-semibold">
              <span>{t("order.charge")}</span>
              <span className="tabular">{formatMoney(result.data.order.chargeCents, result.data.order.currency)}</span>
            </p>
            <div className="mt-4 flex flex-wrap gap-2">
              <Button size="lg" onClick={handOver} loading={pending} disabled={pending}>
                {t("order.handOver")}
              </Button>
              <Button size="lg" variant="secondary" onClick={reset} disabled={pending}>
                {t("order.notThisOne")}
              </Button>
            </div>
          </Card>
        ) : (
          <div className="rounded-xl border border-dashed border-line-strong px-6 py-12 text-center text-ink-muted">{t("order.empty")}</div>
        )}
      </section>
    </div>
  );
}
