"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import QRCode from "qrcode";
import { publicAction, shopperAction, staffAction } from "@/lib/actions/client";
import { addToCart, listCartLines, removeFromCart, setCartQuantity } from "@/lib/cart/service";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { auditReasonLabel } from "@/lib/in-store/exit-pass/audit";
import { refreshExitPass, verifyExitPass, type ExitVerdict } from "@/lib/in-store/exit-pass/service";
import { translator } from "@/lib/i18n/translator";
import { markHandoverPaid } from "@/lib/in-store/kiosk/service";
import { orderChannel } from "@/lib/realtime/channels";
import { notify } from "@/lib/realtime/notify";
import { getStoreByCode } from "@/lib/stores/queries";
import { ensureBasket, rememberStore } from "./current-basket";
import { notifyBasketChanged } from "./basket-events";
import { payInStore } from "./pay";
import {
  addToBasketSchema,
  basketLineRefSchema,
  exitPassRefSchema,
  payInStoreSchema,
  rememberStoreSchema,
  setBasketQuantitySchema,
  verifyExitPassSchema,
} from "./schemas";

const t = translator("inStore");

/** What a basket change answers: the basket's item count, the line's quantity and a note (e.g. "only 2 left"). */
export type BasketChange = { count: number; quantity: number; message: string | null };

async function storeFor(db: Db, code: string) {
  const store = await getStoreByCode(db, { code });
  if (!store) throw new AppError("not_found", t("errors.storeNotFound"));
  return store;
}

/** Runs one change to the shopper's basket in `storeCode`, then tells the screens following it. */
async function changeBasket(
  db: Db,
  storeCode: string,
  change: (storeId: string) => Promise<{ cartId: string; quantity: number; message: string | null; userId: string | null }>,
): Promise<BasketChange> {
  const store = await storeFor(db, storeCode);
  await rememberStore(store.code);
  const result = await change(store.id);
  const lines = await listCartLines(db, { cartId: result.cartId });
  if (result.userId) await notifyBasketChanged(result.userId);
  refresh();
  return { count: lines.reduce((n, l) => n + l.quantity, 0), quantity: result.quantity, message: result.message };
}

function setQuantity(db: Db, { storeCode, skuId, quantity }: { storeCode: string; skuId: string; quantity: number }) {
  return changeBasket(db, storeCode, async (storeId) => {
    const { cart, owner, userId } = await ensureBasket(storeId);
    if (quantity === 0) {
      await removeFromCart(db, { cartId: cart.id, ...owner, skuId });
      return { cartId: cart.id, quantity: 0, message: null, userId };
    }
    const change = await setCartQuantity(db, { cartId: cart.id, ...owner, storeId, skuId, quantity });
    return { cartId: cart.id, quantity: change.quantity, message: change.message, userId };
  });
}

/** "Add to basket" in a store: the shopper's one cart, checked against this store's shelf. */
export const addToBasketAction = publicAction("addToBasket")
  .input(addToBasketSchema)
  .action(({ input, db }) =>
    changeBasket(db, input.storeCode, async (storeId) => {
      const { cart, owner, userId } = await ensureBasket(storeId);
      const change = await addToCart(db, { cartId: cart.id, ...owner, storeId, skuId: input.skuId, quantity: input.quantity });
      return { cartId: cart.id, quantity: change.quantity, message: change.message, userId };
    }),
  );

/** Quantity stepper; 0 removes the line. */
export const setBasketQuantityAction = publicAction("setBasketQuantity")
  .input(setBasketQuantitySchema)
  .action(({ input, db }) => setQuantity(db, input));

export const removeFromBasketAction = publicAction("removeFromBasket")
  .input(basketLineRefSchema)
  .action(({ input, db }) => setQuantity(db, { ...input, quantity: 0 }));

/**
 * "Pay": signed-in shoppers only (the receipt and the exit pass belong to an account). On
 * success the phone goes to the exit pass.
 */
export const payInStoreAction = shopperAction("payInStore", { signInMessage: t("errors.signInToPay") })
  .input(payInStoreSchema)
  .action(async ({ actor, input, db }) => {
    const store = await storeFor(db, input.storeCode);
    const kiosk = input.kiosk || null;
    const sale = await payInStore(db, { userId: actor.user.id, storeId: store.id, channel: kiosk ? "kiosk" : "scan_and_go", input });
    if (kiosk) await markHandoverPaid(db, { userId: actor.user.id, storeId: store.id, kioskCode: kiosk, orderId: sale.orderId });
    await notifyBasketChanged(actor.user.id, { paidOrderId: sale.orderId, orderNumber: sale.number });
    // The pass page renders fresh in this response; a refresh() as well would render it twice
    // and issue a second pass, replacing the one the phone shows.
    redirect(`/in-store/${store.code}/pass/${sale.orderId}`);
  });

/** The exit pass as the phone shows it: a fresh QR, or the check's result once used. */
export type PassView = { status: "open"; svg: string; token: string; expiresAt: string } | { status: "used"; verdict: string | null; usedAt: string };

/** A fresh exit pass code for the shopper's own order (or its check result once used). */
export const refreshExitPassAction = shopperAction("refreshExitPass", { signInMessage: t("errors.signInForPass") })
  .input(exitPassRefSchema)
  .action(async ({ actor, input, db }): Promise<PassView> => {
    const state = await refreshExitPass(db, { actor, orderId: input.orderId });
    if (state.status === "used") return { status: "used", verdict: state.verdict, usedAt: state.usedAt.toISOString() };
    const svg = await QRCode.toString(state.token, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
    return { status: "open", svg, token: state.token, expiresAt: state.expiresAt.toISOString() };
  });

export type ExitCheck = { result: ExitVerdict; reasonLabels: string[] };

/** Staff at the exit: checks a scanned or typed pass for their own store. */
export const verifyExitPassAction = staffAction("exit:check")
  .input(verifyExitPassSchema)
  .action(async ({ actor, input, db }): Promise<ExitCheck> => {
    const result = await verifyExitPass(db, { actor, token: input.token });
    // The shopper's pass screen turns into "Checked at the exit" at once.
    if (result.verdict !== "refused" && result.orderId) {
      await notify(db, orderChannel(result.orderId), { type: "exit_checked", data: { verdict: result.verdict } }).catch(() => undefined);
    }
    return { result, reasonLabels: result.verdict === "refused" ? [] : result.reasons.map(auditReasonLabel) };
  });

/** A scanned label makes its store the shopper's store (in store and online). */
export const rememberStoreAction = publicAction("rememberStore")
  .input(rememberStoreSchema)
  .action(async ({ input, db }) => {
    const store = await storeFor(db, input.storeCode);
    await rememberStore(store.code);
  });
