"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useEventStream } from "@/lib/realtime/use-event-stream";

/**
 * On the phone while its basket is on a kiosk (hand-over `handoverId`): if the kiosk takes the
 * payment, go to the exit pass as if the phone had paid; if the hand-over ends (cancelled on the
 * kiosk, replaced, or timed out — the server's expiry sweep says so when it lapses), say so at
 * once and re-read the page. Both events arrive on the shopper's own channel.
 */
export function FollowKioskPayment({ storeCode, handoverId }: { storeCode: string; handoverId: string }) {
  const t = useTranslations("inStoreClient.kiosk");
  const router = useRouter();
  const [ended, setEnded] = useState<"ended" | "expired" | null>(null);
  useEventStream("/api/account/events", (message) => {
    const data = message.data as { paidOrderId?: unknown; handoverId?: unknown; reason?: unknown } | undefined;
    if (message.type === "basket_paid" && typeof data?.paidOrderId === "string") router.replace(`/in-store/${storeCode}/pass/${data.paidOrderId}`);
    if (message.type === "kiosk_handover_ended" && data?.handoverId === handoverId) {
      setEnded(data.reason === "expired" ? "expired" : "ended");
      router.refresh();
    }
  });
  return ended ? (
    <p role="alert" className="rounded-lg bg-warning-bg px-3 py-2.5 font-semibold text-warning-fg">
      {t(ended)}
    </p>
  ) : null;
}
