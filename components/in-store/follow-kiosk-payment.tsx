"use client";

import { useRouter } from "next/navigation";
import { useEventStream } from "@/lib/realtime/use-event-stream";

/**
 * On the phone while its basket is on a kiosk: if the kiosk takes the payment, go to the exit
 * pass as if the phone had paid (the sale's event arrives on the shopper's own channel).
 */
export function FollowKioskPayment({ storeCode }: { storeCode: string }) {
  const router = useRouter();
  useEventStream("/api/account/events", (message) => {
    const orderId = (message.data as { paidOrderId?: unknown } | undefined)?.paidOrderId;
    if (message.type === "basket_paid" && typeof orderId === "string") router.replace(`/in-store/${storeCode}/pass/${orderId}`);
  });
  return null;
}
