import "server-only";
import { eq } from "drizzle-orm";
import { promotions } from "@/db/schema";
import type { Db } from "@/lib/db";
import { translator } from "@/lib/i18n/translator";
import { formatMoney } from "@/lib/pricing/money";
import { priceBasket, type Channel } from "@/lib/pricing/service";
import type { ProductVariant } from "./product";

export type ShelfPrice = {
  /** What one unit costs at the store today, after automatic promotions. */
  priceCents: number;
  /** The list price before promotions. */
  listPriceCents: number;
  /** The previous price, when the list price is a markdown. */
  compareAtCents: number | null;
  currency: string;
  promotion: { name: string; label: string; savingCents: number } | null;
};

/**
 * One unit of the variant priced with the one price function (list price, live automatic
 * promotions for this store and channel), so the page shows what the cart will charge.
 */
export async function getShelfPrice(
  db: Db,
  {
    storeId,
    variant,
    userId,
    now,
    channel = "web",
  }: { storeId: string; variant: ProductVariant; userId: string | null; now?: Date; channel?: Channel },
): Promise<ShelfPrice> {
  const basket = await priceBasket(db, { storeId, channel, fulfilment: null, userId, lines: [{ skuId: variant.id, quantity: 1 }], now });
  const line = basket.lines[0];
  const applied = basket.promotions.find((promotion) => promotion.discountCents > 0) ?? null;
  let promotion: ShelfPrice["promotion"] = null;
  if (applied && basket.discountCents > 0) {
    const [rule] = await db
      .select({ kind: promotions.kind, percentBps: promotions.percentBps })
      .from(promotions)
      .where(eq(promotions.id, applied.promotionId));
    promotion = {
      name: applied.name,
      label: promotionLabel(applied.name, rule, basket.discountCents, basket.currency),
      savingCents: basket.discountCents,
    };
  }
  return {
    priceCents: line.unitPriceCents - basket.discountCents,
    listPriceCents: line.unitPriceCents,
    compareAtCents: variant.compareAtCents != null && variant.compareAtCents > line.unitPriceCents ? variant.compareAtCents : null,
    currency: basket.currency,
    promotion,
  };
}

/** "15% off with Audio Week"; a name that already says what it gives ("15% off audio") is left alone. */
export function promotionLabel(name: string, rule: { kind: string; percentBps: number | null } | undefined, savingCents: number, currency: string) {
  if (/\d\s*%|\$\s*\d|free/i.test(name)) return name;
  const t = translator("product");
  if (rule?.kind === "percent_off" && rule.percentBps) return t("promotion.percentOff", { percent: rule.percentBps / 100, name });
  return t("promotion.save", { amount: formatMoney(savingCents, currency), name });
}
