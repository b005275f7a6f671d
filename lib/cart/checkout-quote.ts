import "server-only";
import { eq } from "drizzle-orm";
import { stores } from "@/db/schema";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { listPickupSlots } from "@/lib/fulfilment/slots";
import { translator } from "@/lib/i18n/translator";
import { getCartView } from "./queries";
import { groupSlotsByDay } from "./slot-groups";
import type { CheckoutFulfilment, CheckoutQuote } from "./types";

const t = translator("failures");

/**
 * Prices the shopper's cart for one checkout choice — store, fulfilment, coupon — with the
 * one price function, and lists that store's pickup times and what it can't supply.
 */
export async function quoteCheckout(
  db: Db,
  {
    cartId,
    userId,
    storeId,
    fulfilment,
    couponCode,
    now = new Date(),
  }: { cartId: string | null; userId: string; storeId: string; fulfilment: CheckoutFulfilment; couponCode?: string | null; now?: Date },
): Promise<CheckoutQuote> {
  const [store] = await db.select({ id: stores.id, name: stores.name, timezone: stores.timezone }).from(stores).where(eq(stores.id, storeId));
  if (!store) throw new AppError("not_found", t("validation.chooseStore"));
  const [view, slots] = await Promise.all([
    getCartView(db, { cartId, store, userId, fulfilment, couponCode }),
    fulfilment === "delivery" ? Promise.resolve([]) : listPickupSlots(db, { storeId, now }),
  ]);
  return {
    storeId,
    fulfilment,
    summary: view.summary,
    slotGroups: groupSlotsByDay(slots, store.timezone, now),
    stockIssues: view.lines.filter((line) => line.stockWarning).map((line) => `${line.productName}: ${line.stockWarning}`),
  };
}
