import "server-only";
import { getDb } from "@/lib/db";
import { kioskChannel } from "@/lib/in-store/kiosk/channels";
import { openHandoversFor } from "@/lib/in-store/kiosk/service";
import { userChannel } from "@/lib/realtime/channels";
import { notify } from "@/lib/realtime/notify";

/**
 * Tells every screen following this shopper's basket (a kiosk it was handed to) to re-read
 * it. A hint only: screens always re-read the basket, so a lost event costs nothing.
 */
export async function notifyBasketChanged(userId: string, data: Record<string, unknown> = {}) {
  try {
    const db = await getDb();
    const type = data.paidOrderId ? "basket_paid" : "basket_changed";
    await notify(db, userChannel(userId), { type, data });
    // Kiosks showing this basket re-read it.
    for (const handover of await openHandoversFor(db, { userId })) await notify(db, kioskChannel(handover.storeId, handover.kioskCode), { type });
  } catch (error) {
    console.error("[in-store] basket event not sent:", error);
  }
}
