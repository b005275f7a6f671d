"use server";

import { redirect } from "next/navigation";
import { shopperAction, staffAction } from "@/lib/actions/client";
import { translator } from "@/lib/i18n/translator";
import { notifyBasketChanged } from "@/lib/in-store/basket-events";
import { payAtKiosk } from "@/lib/in-store/kiosk/pay";
import { kioskHandoverQr } from "@/lib/in-store/kiosk/qr";
import { joinKioskSchema, kioskRefSchema, payAtKioskSchema } from "@/lib/in-store/kiosk/schemas";
import { getKioskScreenState } from "@/lib/in-store/kiosk/screen";
import { endHandover, startHandover } from "@/lib/in-store/kiosk/service";

const t = translator("kiosk");

// The kiosk screen's actions run on a store device signed in by staff (kiosk:operate);
// joining is the shopper's phone.

/** A new hand-over QR for the next 30-second window. */
export const kioskQrAction = staffAction("kiosk:operate")
  .input(kioskRefSchema)
  .action(({ actor, input }) => kioskHandoverQr(actor.store.code, input.kioskCode));

/** What the kiosk shows now, re-read when its event stream says something changed. */
export const kioskStateAction = staffAction("kiosk:operate")
  .input(kioskRefSchema)
  .action(({ actor, input, db }) => getKioskScreenState(db, { store: actor.store, kioskCode: input.kioskCode }));

/** "Cancel" on the kiosk: the basket leaves the screen, the kiosk is free and the shopper's phone is told. */
export const cancelKioskHandoverAction = staffAction("kiosk:operate")
  .input(kioskRefSchema)
  .action(async ({ actor, input, db }) => ({ ended: await endHandover(db, { actor, kioskCode: input.kioskCode }) }));

/** The shopper confirms on the phone: the kiosk shows their basket, the phone goes to "Pay". */
export const joinKioskAction = shopperAction("joinKiosk", { signInMessage: t("errors.signInFirst") })
  .input(joinKioskSchema)
  .action(async ({ actor, input, db }) => {
    await startHandover(db, { actor, storeCode: input.storeCode, kioskCode: input.kioskCode, token: input.token });
    redirect(`/in-store/${input.storeCode}/pay?kiosk=${input.kioskCode}`);
  });

/**
 * "Pay here": the kiosk takes the card for the basket handed to it. The kiosk turns to
 * "Paid — thank you" and the shopper's phone goes to the exit pass, both live.
 */
export const payAtKioskAction = staffAction("kiosk:operate")
  .input(payAtKioskSchema)
  .action(async ({ actor, input, db }) => {
    const sale = await payAtKiosk(db, { actor, kioskCode: input.kioskCode, input });
    await notifyBasketChanged(sale.userId, { paidOrderId: sale.orderId, orderNumber: sale.number });
  });
