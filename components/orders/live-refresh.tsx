"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useRef } from "react";
import { cn } from "@/components/ui/cn";
import { useEventStream, type StreamMessage } from "@/lib/realtime/use-event-stream";

/**
 * Re-renders the server page when its event stream says something changed (status, a line, a
 * message): the page stays server-rendered and needs no reload. `onlyOrderId` ignores events for
 * other orders on a shared store stream. A snapshot whose status differs from the rendered one
 * (something changed before the stream connected) refreshes too.
 */
export function LiveRefresh({
  url,
  onlyOrderId,
  renderedStatus,
  label = true,
}: {
  url: string;
  onlyOrderId?: string;
  renderedStatus?: string;
  label?: boolean;
}) {
  const t = useTranslations("ordersClient.liveRefresh");
  const router = useRouter();
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onMessage = useCallback(
    (message: StreamMessage) => {
      const data = (message.data ?? {}) as { orderId?: string; status?: string; orders?: { id: string; status: string }[] };
      if (message.type === "snapshot") {
        const status = data.orders ? data.orders.find((o) => o.id === onlyOrderId)?.status : data.status;
        if (!renderedStatus || !status || status === renderedStatus) return;
      } else if (message.type === "error") {
        return;
      } else if (onlyOrderId && data.orderId && data.orderId !== onlyOrderId) {
        return;
      }
      clearTimeout(pending.current);
      pending.current = setTimeout(() => router.refresh(), 150);
    },
    [router, onlyOrderId, renderedStatus],
  );
  const status = useEventStream(url, onMessage);
  if (!label) return null;
  return (
    <span className="inline-flex items-center gap-1.5 text-xs font-semibold text-ink-muted" title={t("title")}>
      <span aria-hidden="true" className={cn("size-2 rounded-full", status === "live" ? "bg-success-fg" : "animate-pulse bg-warning-fg")} />
      {status === "live" ? t("live") : t("reconnecting")}
    </span>
  );
}
