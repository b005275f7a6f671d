import "server-only";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { payInStore } from "@/lib/in-store/pay";
import type { PaymentProvider } from "@/lib/payments/provider";
import { getKioskHandover, markHandoverPaid } from "./service";

/**
 * "Pay here" on the kiosk: the card is taken at the kiosk for the basket handed to it. The sale
 * is the shopper's (their receipt, their exit pass, on their phone) and goes through the same
 * payment as paying on the phone. The caller has authorised the kiosk (a staff-signed-in device).
 */
export async function payAtKiosk(
  db: Db,
  { store, kioskCode, input, provider, secret, now }: { store: { id: string }; kioskCode: string; input: unknown; provider?: PaymentProvider; secret?: string; now?: Date },
) {
  const handover = await getKioskHandover(db, { storeId: store.id, kioskCode, now });
  if (handover.status !== "basket") {
    throw new AppError("conflict", "No basket is waiting on this kiosk any more. Scan the kiosk's code with your phone to start again.");
  }
  const sale = await payInStore(db, { userId: handover.userId, storeId: store.id, channel: "kiosk", input, provider, secret, now, paidWhere: `at kiosk ${kioskCode}` });
  await markHandoverPaid(db, { userId: handover.userId, storeId: store.id, kioskCode, orderId: sale.orderId, now });
  return { ...sale, userId: handover.userId };
}
