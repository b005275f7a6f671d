import "server-only";
import type { StaffActor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import type { InStorePayInput } from "@/lib/in-store/schemas";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { payInStore } from "@/lib/in-store/pay";
import type { PaymentProvider } from "@/lib/payments/provider";
import { getKioskHandover, markHandoverPaid } from "./service";

/**
 * "Pay here" on the kiosk: the card is taken at the kiosk for the basket handed to it. The sale
 * is the shopper's (their receipt, their exit pass, on their phone) and goes through the same
 * payment as paying on the phone. `actor` is the kiosk: a device staff signed in, allowed
 * kiosk:operate in its store.
 */
export async function payAtKiosk(
  db: Db,
  {
    actor,
    kioskCode,
    input,
    provider,
    secret,
    now,
  }: { actor: StaffActor; kioskCode: string; input: InStorePayInput; provider?: PaymentProvider; secret?: string; now?: Date },
) {
  const { store } = actor;
  const handover = await getKioskHandover(db, { storeId: store.id, kioskCode, now });
  if (handover.status !== "basket") {
    throw new AppError("conflict", translator("kiosk")("errors.noBasket"));
  }
  const sale = await payInStore(db, {
    userId: handover.userId,
    storeId: store.id,
    channel: "kiosk",
    input,
    provider,
    secret,
    now,
    kioskCode,
  });
  await markHandoverPaid(db, { userId: handover.userId, storeId: store.id, kioskCode, orderId: sale.orderId, now });
  return { ...sale, userId: handover.userId };
}
