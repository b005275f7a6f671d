import "server-only";
import { getDb } from "@/lib/db";
import { userChannel } from "@/lib/realtime/channels";
import { notify } from "@/lib/realtime/notify";

/**
 * Tells every screen following this shopper's basket (a kiosk it was handed to) to re-read
 * it. A hint only: screens always re-read the basket, so a lost event costs nothing.
 */
export async function notifyBasketChanged(userId: string, data: Record<string, unknown> = {}) {
  try {
    await notify(await getDb(), userChannel(userId), { type: data.paidOrderId ? "basket_paid" : "basket_changed", data });
  } catch (error) {
    console.error("[in-store] basket event not sent:", error);
  }
}
