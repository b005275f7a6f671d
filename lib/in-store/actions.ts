"use server";

import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import QRCode from "qrcode";
import { z } from "zod";
import { echoValues, type FormState, UNREADABLE_FORM } from "@/lib/actions/form-action";
import { getCurrentUser } from "@/lib/auth/session";
import { authorizeStaff } from "@/lib/auth/service";
import { addToCart, listCartLines, removeFromCart, setCartQuantity } from "@/lib/cart/service";
import { getDb } from "@/lib/db";
import { AppError, isAppError, type ErrorCode } from "@/lib/errors";
import { auditReasonText } from "@/lib/exit-pass/audit";
import { refreshExitPass, verifyExitPass, type ExitVerdict } from "@/lib/exit-pass/service";
import { KIOSK_CODE } from "@/lib/kiosk/channels";
import { markHandoverPaid } from "@/lib/kiosk/service";
import { orderChannel } from "@/lib/realtime/channels";
import { notify } from "@/lib/realtime/notify";
import { getStoreByCode } from "@/lib/stores/queries";
import { storeCodeSchema } from "@/lib/stores/schemas";
import { isUuid } from "@/lib/validation";
import { ensureBasket, rememberStore } from "./current-basket";
import { notifyBasketChanged } from "./basket-events";
import { payInStore } from "./pay";

export type BasketActionResult =
  | { ok: true; count: number; quantity: number; message: string | null }
  | { ok: false; error: string; code: ErrorCode | "server_error" };

const lineSchema = z.object({
  storeCode: storeCodeSchema,
  skuId: z.string().uuid("We couldn't find that product."),
  // A number (or digits): z.coerce alone would read null, false, "" and [] as 0, which removes the line.
  quantity: z
    .union([z.number(), z.string().trim().min(1, "Choose a quantity.")], { error: "Choose a quantity." })
    .pipe(z.coerce.number<string | number>({ error: "Choose a quantity." }).int("Choose a whole number.").min(0).max(99, "You can have up to 99 of one item.")),
});

async function storeFor(code: string) {
  const store = await getStoreByCode(await getDb(), { code });
  if (!store) throw new AppError("not_found", "We couldn't find that store.");
  return store;
}

async function runBasket(
  input: unknown,
  change: (args: { storeId: string; storeCode: string; skuId: string; quantity: number }) => Promise<{ cartId: string; quantity: number; message: string | null; userId: string | null }>,
): Promise<BasketActionResult> {
  try {
    const parsed = lineSchema.safeParse(input);
    if (!parsed.success) throw new AppError("invalid_input", parsed.error.issues[0]?.message ?? "Please check your input.");
    const store = await storeFor(parsed.data.storeCode);
    await rememberStore(store.code);
    const result = await change({ storeId: store.id, storeCode: store.code, skuId: parsed.data.skuId, quantity: parsed.data.quantity });
    const lines = await listCartLines(await getDb(), { cartId: result.cartId });
    if (result.userId) await notifyBasketChanged(result.userId);
    revalidatePath(`/in-store/${store.code}`);
    return { ok: true, count: lines.reduce((n, l) => n + l.quantity, 0), quantity: result.quantity, message: result.message };
  } catch (error) {
    unstable_rethrow(error);
    if (isAppError(error)) return { ok: false, error: error.message, code: error.code };
    console.error("[in-store] basket error:", error);
    return { ok: false, error: "Something went wrong on our side. Please try again.", code: "server_error" };
  }
}

/** "Add to basket" in a store: the shopper's one cart, checked against this store's shelf. */
export async function addToBasketAction(storeCode: string, skuId: string, quantity = 1): Promise<BasketActionResult> {
  return runBasket({ storeCode, skuId, quantity }, async ({ storeId, skuId: sku, quantity: q }) => {
    if (q < 1) throw new AppError("invalid_input", "Choose at least one.");
    const { cart, owner, userId } = await ensureBasket(storeId);
    const change = await addToCart(await getDb(), { cartId: cart.id, ...owner, storeId, skuId: sku, quantity: q });
    return { cartId: cart.id, quantity: change.quantity, message: change.message, userId };
  });
}

/** Quantity stepper; 0 removes the line. */
export async function setBasketQuantityAction(storeCode: string, skuId: string, quantity: number): Promise<BasketActionResult> {
  return runBasket({ storeCode, skuId, quantity }, async ({ storeId, skuId: sku, quantity: q }) => {
    const { cart, owner, userId } = await ensureBasket(storeId);
    const db = await getDb();
    if (q === 0) {
      await removeFromCart(db, { cartId: cart.id, ...owner, skuId: sku });
      return { cartId: cart.id, quantity: 0, message: null, userId };
    }
    const change = await setCartQuantity(db, { cartId: cart.id, ...owner, storeId, skuId: sku, quantity: q });
    return { cartId: cart.id, quantity: change.quantity, message: change.message, userId };
  });
}

export async function removeFromBasketAction(storeCode: string, skuId: string): Promise<BasketActionResult> {
  return setBasketQuantityAction(storeCode, skuId, 0);
}

/**
 * "Pay": signed-in shoppers only (the receipt and the exit pass belong to an account). On
 * success the phone goes to the exit pass.
 */
export async function payInStoreAction(storeCode: string, _previous: FormState, formData: FormData): Promise<FormState> {
  if (!(formData instanceof FormData)) return { error: UNREADABLE_FORM };
  let destination: string;
  try {
    const code = storeCodeSchema.safeParse(storeCode);
    if (!code.success) throw new AppError("not_found", "We couldn't find that store.");
    const store = await storeFor(code.data);
    const user = await getCurrentUser();
    if (!user) throw new AppError("unauthorized", "Sign in to pay, so your receipt and exit pass are saved to your account.");
    const kiosk = String(formData.get("kiosk") ?? "");
    if (kiosk && !KIOSK_CODE.test(kiosk)) throw new AppError("invalid_input", "Unknown kiosk. Scan the kiosk again.");
    const sale = await payInStore(await getDb(), {
      userId: user.id,
      storeId: store.id,
      channel: kiosk ? "kiosk" : "scan_and_go",
      input: Object.fromEntries(formData),
    });
    if (kiosk) await markHandoverPaid(await getDb(), { userId: user.id, storeId: store.id, kioskCode: kiosk, orderId: sale.orderId });
    await notifyBasketChanged(user.id, { paidOrderId: sale.orderId, orderNumber: sale.number });
    revalidatePath(`/in-store/${store.code}`);
    destination = `/in-store/${store.code}/pass/${sale.orderId}`;
  } catch (error) {
    unstable_rethrow(error);
    if (isAppError(error)) return { error: error.message, fieldErrors: error.fieldErrors, values: echoValues(formData) };
    console.error("[in-store] pay error:", error);
    return { error: "Something went wrong on our side. Your card was not charged. Please try again.", values: echoValues(formData) };
  }
  redirect(destination);
}

export type PassRefresh =
  | { status: "open"; svg: string; token: string; expiresAt: string }
  | { status: "used"; verdict: string | null; usedAt: string }
  | { status: "error"; error: string };

/** A fresh exit pass code for the shopper's own order (or its check result once used). */
export async function refreshExitPassAction(orderId: string): Promise<PassRefresh> {
  try {
    if (!isUuid(orderId)) throw new AppError("not_found", "We couldn't find this exit pass.");
    const user = await getCurrentUser();
    if (!user) throw new AppError("unauthorized", "Sign in to see your exit pass.");
    const state = await refreshExitPass(await getDb(), { orderId, userId: user.id });
    if (state.status === "used") return { status: "used", verdict: state.verdict, usedAt: state.usedAt.toISOString() };
    const svg = await QRCode.toString(state.token, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
    return { status: "open", svg, token: state.token, expiresAt: state.expiresAt.toISOString() };
  } catch (error) {
    if (isAppError(error)) return { status: "error", error: error.message };
    console.error("[in-store] pass refresh error:", error);
    return { status: "error", error: "We couldn't refresh your pass. Check your connection." };
  }
}

export type ExitCheckResult = { ok: true; result: ExitVerdict; reasonLabels: string[] } | { ok: false; error: string };

/** Staff at the exit: checks a scanned or typed pass for their own store. */
export async function verifyExitPassAction(storeCode: string, token: string): Promise<ExitCheckResult> {
  try {
    const db = await getDb();
    const user = await getCurrentUser();
    const store = await authorizeStaff(db, { user, storeCode: String(storeCode), permission: "exit:check" });
    const text = String(token ?? "").trim();
    if (!text) return { ok: false, error: "Scan the QR code on the shopper's phone, or type the pass." };
    // A real pass is well under 300 characters; anything longer is forged (and counted as such).
    const result = await verifyExitPass(db, { token: text.slice(0, 301), storeId: store.id, staffUserId: user!.id });
    // The shopper's pass screen turns into "Checked at the exit" at once.
    if (result.verdict !== "refused" && result.orderId) {
      await notify(db, orderChannel(result.orderId), { type: "exit_checked", data: { verdict: result.verdict } }).catch(() => undefined);
    }
    return { ok: true, result, reasonLabels: result.verdict === "refused" ? [] : result.reasons.map((r) => auditReasonText[r]) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.message };
    console.error("[exit] verify error:", error);
    return { ok: false, error: "Something went wrong on our side. Try again." };
  }
}

/** A scanned label makes its store the shopper's store (in store and online). */
export async function rememberStoreAction(storeCode: string): Promise<void> {
  const code = storeCodeSchema.safeParse(storeCode);
  if (!code.success) return;
  const store = await getStoreByCode(await getDb(), { code: code.data });
  if (store) await rememberStore(store.code);
}
