"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { CheckIcon } from "@/components/ui/icons";
import type { ActionResult } from "@/lib/actions/result";
import { refreshExitPassAction, type PassView } from "@/lib/in-store/actions";
import { useEventStream } from "@/lib/realtime/use-event-stream";

const REFRESH_EVERY_MS = 60_000; // a pass lives ~2 minutes: refresh well before it lapses

/**
 * The exit pass QR. The token is short-lived and single-use, so the screen asks for a fresh
 * one every minute and whenever the phone comes back to it; once staff have checked it, it
 * says so instead of showing a code.
 */
export function ExitPassCode({ orderId }: { orderId: string }) {
  const t = useTranslations("exitPassClient.code");
  // Issued by the phone that shows it, once mounted: issuing one while rendering the page would
  // replace it whenever the page is rendered again (an action's response, a refresh).
  const [answer, setAnswer] = useState<ActionResult<PassView> | null>(null);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const busy = useRef(false);

  const refresh = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      setAnswer(await refreshExitPassAction({ orderId }));
    } finally {
      busy.current = false;
    }
  }, [orderId]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const state = answer?.ok ? answer.data : null;

  // Staff checking the pass at the exit turns this screen into "Checked" right away.
  useEventStream(state?.status === "open" ? `/api/orders/${orderId}/events` : null, (message) => {
    if (message.type === "exit_checked") void refresh();
  });

  useEffect(() => {
    if (state?.status !== "open") return;
    const issuedAt = Date.now();
    const timer = window.setInterval(() => {
      const left = Math.max(0, Math.ceil((REFRESH_EVERY_MS - (Date.now() - issuedAt)) / 1000));
      setSecondsLeft(left);
      if (left === 0) void refresh();
    }, 1000);
    const onVisible = () => {
      if (document.visibilityState === "visible") void refresh();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [state, refresh]);

  if (answer === null) {
    return (
      <figure aria-busy="true" className="rounded-2xl bg-white p-5 text-center shadow-card ring-1 ring-line">
        <div aria-hidden="true" className="mx-auto aspect-square w-full max-w-[17rem] animate-pulse rounded-xl bg-sand" />
        <figcaption className="mt-3 text-sm text-ink-muted">{t("preparing")}</figcaption>
      </figure>
    );
  }
  if (!answer.ok) {
    return (
      <div className="space-y-3 rounded-2xl bg-warning-bg px-5 py-6 text-center text-warning-fg">
        <p className="font-semibold">{answer.message}</p>
        <button type="button" onClick={() => void refresh()} className="font-bold underline underline-offset-2">
          {t("tryAgain")}
        </button>
      </div>
    );
  }
  const pass = answer.data;
  if (pass.status === "used") {
    return (
      <div className="rounded-2xl bg-success-bg px-5 py-8 text-center text-success-fg">
        <CheckIcon className="mx-auto size-10" />
        <p className="mt-2 text-xl font-extrabold">{t("checked")}</p>
        <p className="mt-1 text-sm">{t("thanks")}</p>
      </div>
    );
  }
  return (
    <figure className="rounded-2xl bg-white p-5 text-center shadow-card ring-1 ring-line">
      <div
        role="img"
        aria-label={t("qrLabel")}
        data-token={pass.token}
        className="mx-auto aspect-square w-full max-w-[17rem] [&_svg]:h-full [&_svg]:w-full"
        dangerouslySetInnerHTML={{ __html: pass.svg }}
      />
      <figcaption className="mt-3 text-sm text-ink-muted" aria-live="off">
        {secondsLeft !== null ? t("captionCountdown", { seconds: secondsLeft }) : t("caption")}
      </figcaption>
    </figure>
  );
}
