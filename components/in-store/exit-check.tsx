"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Scanner } from "@/components/scanner/scanner";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { CheckIcon, CloseIcon } from "@/components/ui/icons";
import { failureOf, fieldError, type ActionResult } from "@/lib/actions/result";
import { verifyExitPassAction, type ExitCheck as ExitCheckData } from "@/lib/in-store/actions";
import { formatMoney } from "@/lib/pricing/money";

const tones = {
  ok: "bg-success-bg text-success-fg ring-success-fg/30",
  audit: "bg-warning-bg text-warning-fg ring-warning-fg/30",
  refused: "bg-danger-bg text-danger-fg ring-danger-fg/30",
};

/** Staff at the exit: scan (or type) the shopper's pass and get OK, audit or refused with the paid items. */
export function ExitCheck({ storeCode }: { storeCode: string }) {
  const t = useTranslations("exitPassClient.check");
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<ActionResult<ExitCheckData> | null>(null);
  const failure = failureOf(outcome);

  function check(token: string) {
    startTransition(async () => setOutcome(await verifyExitPassAction({ storeCode, token })));
  }

  if (outcome?.ok) {
    const { result, reasonLabels } = outcome.data;
    const order = result.order;
    return (
      <div className="space-y-4">
        <section aria-live="assertive" className={cn("rounded-2xl px-5 py-5 ring-1", tones[result.verdict])}>
          <div className="flex items-center gap-3">
            <span aria-hidden="true" className="grid size-11 place-items-center rounded-full bg-white/70">
              {result.verdict === "refused" ? (
                <CloseIcon className="size-6" />
              ) : result.verdict === "audit" ? (
                <span className="text-2xl leading-none font-black">!</span>
              ) : (
                <CheckIcon className="size-6" />
              )}
            </span>
            <h2 className="text-2xl font-extrabold" data-testid="exit-verdict">
              {t(`headline.${result.verdict}`)}
            </h2>
          </div>
          {result.verdict === "refused" ? <p className="mt-2 font-semibold">{result.message}</p> : null}
          {reasonLabels.length ? <p className="mt-2 font-semibold">{t("why", { reasons: reasonLabels.join(" · ") })}</p> : null}
        </section>
        {order ? (
          <section aria-labelledby="exit-items" className="rounded-xl border border-line bg-surface p-4 shadow-card">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 id="exit-items" className="font-bold text-ink">
                {t("paidItems", { number: order.number })}
              </h3>
              <p className="text-sm text-ink-muted">{order.shopperName}</p>
            </div>
            <ul className="mt-2 divide-y divide-line">
              {order.items.map((item) => (
                <li key={item.skuCode} className="flex justify-between gap-3 py-2">
                  <span>{item.name}</span>
                  <span className="font-bold tabular">× {item.quantity}</span>
                </li>
              ))}
            </ul>
            <p className="mt-2 flex justify-between border-t border-line pt-2 font-bold">
              <span>{t("totalPaid")}</span>
              <span className="tabular">{formatMoney(order.totalCents, order.currency)}</span>
            </p>
          </section>
        ) : null}
        <Button size="lg" fullWidth onClick={() => setOutcome(null)}>
          {t("next")}
        </Button>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <Scanner
        onScan={check}
        formats="qr"
        scanLabel={t("scan")}
        manualLabel={t("manualLabel")}
        manualPlaceholder={t("manualPlaceholder")}
        manualButtonLabel={t("manualButton")}
        showPhotoFallback={false}
      />
      {pending ? <p className="text-sm text-ink-muted">{t("checking")}</p> : null}
      {failure ? (
        <p role="alert" className="rounded-lg bg-danger-bg px-3 py-2 text-sm font-semibold text-danger-fg">
          {fieldError(outcome, "token") ?? failure.message}
        </p>
      ) : null}
    </div>
  );
}
