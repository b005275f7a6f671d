import { asc, eq } from "drizzle-orm";
import { orderLines, orders, stores, type OrderLine } from "@/db/schema";
import type { Db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { applyBps } from "@/lib/pricing/money";
import { priceBasket, type Channel, type Fulfilment } from "@/lib/pricing/service";
import { collectedUnits } from "./reservations";

/**
 * What a pickup order costs once it's picked: the shopper pays for what they take home.
 *  - picked lines as ordered; short lines for the units found (their share of the line's price,
 *    promotions included);
 *  - a substitute at the lower of the two — what they'd have paid for the ordered item, or the
 *    substitute's own price (priced by priceBasket, the one price function) — never more;
 *  - a rejected substitute not at all;
 *  - tax on the result at the store's rate, the way priceBasket taxes a basket.
 * The order's stored totals are rewritten from this whenever a line changes (pickLine,
 * reviewSubstitution), so the order page, the handover charge and the receipt read one number.
 */

export type SettlementLine = Pick<
  OrderLine,
  "id" | "skuId" | "quantity" | "status" | "pickedQuantity" | "substituteSkuId" | "substitutionStatus" | "unitPriceCents" | "lineTotalCents"
> &
  Partial<Pick<OrderLine, "substituteUnitPriceCents" | "substituteChargeCents">>;

/** The substitute's price for the units handed over, as the storefront would price them today. */
export type SubstitutePrice = { unitPriceCents: number; grossCents: number; lineTotalCents: number };

export type SettledLine = {
  id: string;
  units: number;
  grossCents: number;
  discountCents: number;
  chargeCents: number;
  /** What the ordered units would have cost: the ceiling of chargeCents. */
  orderedChargeCents: number;
  substitute: (SubstitutePrice & { charged: boolean }) | null;
};

export type Settlement = {
  lines: SettledLine[];
  subtotalCents: number;
  discountCents: number;
  taxCents: number;
  deliveryFeeCents: number;
  totalCents: number;
};

/** Pure: the lines as they stand, the substitutes' prices, the store's tax rate → what is owed. */
export function settleLines(
  lines: SettlementLine[],
  substitutePrices: Map<string, SubstitutePrice>,
  { taxRateBps, deliveryFeeCents = 0 }: { taxRateBps: number; deliveryFeeCents?: number },
): Settlement {
  const settled = lines.map((line): SettledLine => {
    const units = collectedUnits(line);
    const orderedGross = line.unitPriceCents * units;
    const orderedCharge = units === line.quantity ? line.lineTotalCents : Math.round((line.lineTotalCents * units) / line.quantity);
    const sub = line.status === "substituted" && units > 0 ? (substitutePrices.get(line.id) ?? null) : null;
    if (sub && sub.lineTotalCents < orderedCharge) {
      return {
        id: line.id,
        units,
        grossCents: sub.grossCents,
        discountCents: sub.grossCents - sub.lineTotalCents,
        chargeCents: sub.lineTotalCents,
        orderedChargeCents: orderedCharge,
        substitute: { ...sub, charged: true },
      };
    }
    return {
      id: line.id,
      units,
      grossCents: orderedGross,
      discountCents: orderedGross - orderedCharge,
      chargeCents: orderedCharge,
      orderedChargeCents: orderedCharge,
      substitute: sub ? { ...sub, charged: false } : null,
    };
  });
  const subtotalCents = settled.reduce((n, line) => n + line.grossCents, 0);
  const discountCents = settled.reduce((n, line) => n + line.discountCents, 0);
  const afterDiscount = subtotalCents - discountCents;
  const taxCents = applyBps(afterDiscount, taxRateBps);
  const fee = afterDiscount > 0 ? deliveryFeeCents : 0;
  return { lines: settled, subtotalCents, discountCents, taxCents, deliveryFeeCents: fee, totalCents: afterDiscount + taxCents + fee };
}

/**
 * Prices each line's substitute (the units being handed over) through priceBasket for the
 * order's store and channel — automatic promotions included, no coupon. A substitute that is no
 * longer sold has no price: the line is charged as ordered. Unless `reprice`, a line keeps the
 * price frozen on it when it was last picked (see applySettlement).
 */
export async function priceSubstitutes(
  db: Db,
  {
    storeId,
    channel,
    fulfilment,
    lines,
    reprice = false,
  }: { storeId: string; channel: Channel; fulfilment: Fulfilment; lines: SettlementLine[]; reprice?: boolean },
) {
  const prices = new Map<string, SubstitutePrice>();
  for (const line of lines) {
    const units = collectedUnits(line);
    if (line.status !== "substituted" || !line.substituteSkuId || units === 0) continue;
    if (!reprice && line.substituteUnitPriceCents != null && line.substituteChargeCents != null) {
      prices.set(line.id, {
        unitPriceCents: line.substituteUnitPriceCents,
        grossCents: line.substituteUnitPriceCents * units,
        lineTotalCents: line.substituteChargeCents,
      });
      continue;
    }
    try {
      const basket = await priceBasket(db, { storeId, channel, fulfilment, userId: null, lines: [{ skuId: line.substituteSkuId, quantity: units }] });
      const [priced] = basket.lines;
      prices.set(line.id, {
        unitPriceCents: priced.unitPriceCents,
        grossCents: priced.unitPriceCents * units,
        lineTotalCents: priced.lineTotalCents,
      });
    } catch (error) {
      if (!isAppError(error, "not_found")) throw error;
    }
  }
  return prices;
}

/** Reads an order and settles it (no writes), at the substitutes' frozen prices unless `reprice`. */
export async function settleOrder(db: Db, orderId: string, { reprice = false }: { reprice?: boolean } = {}) {
  const [order] = await db
    .select({
      storeId: orders.storeId,
      channel: orders.channel,
      fulfilment: orders.fulfilment,
      deliveryFeeCents: orders.deliveryFeeCents,
      taxRateBps: stores.taxRateBps,
    })
    .from(orders)
    .innerJoin(stores, eq(stores.id, orders.storeId))
    .where(eq(orders.id, orderId));
  const lines = await db.select().from(orderLines).where(eq(orderLines.orderId, orderId)).orderBy(asc(orderLines.productName));
  const prices = await priceSubstitutes(db, { storeId: order.storeId, channel: order.channel, fulfilment: order.fulfilment, lines, reprice });
  return { ...settleLines(lines, prices, { taxRateBps: order.taxRateBps, deliveryFeeCents: order.deliveryFeeCents }), orderLines: lines };
}

/**
 * Settles the (caller-locked) order after a line changed and stores the result in the caller's
 * transaction: the order's totals and each substitute's price. A pick prices substitutes afresh
 * (`reprice`); the shopper's answer keeps the price they were shown. Frozen until the associate
 * changes the line again, so a catalog price change before collection moves nothing.
 */
export async function applySettlement(tx: Db, orderId: string, { reprice = true }: { reprice?: boolean } = {}) {
  const settlement = await settleOrder(tx, orderId, { reprice });
  const stored = new Map(settlement.orderLines.map((line) => [line.id, line]));
  for (const line of settlement.lines) {
    const frozen = {
      substituteUnitPriceCents: line.substitute?.unitPriceCents ?? null,
      substituteChargeCents: line.substitute?.lineTotalCents ?? null,
    };
    const current = stored.get(line.id);
    if (current?.substituteUnitPriceCents === frozen.substituteUnitPriceCents && current?.substituteChargeCents === frozen.substituteChargeCents)
      continue;
    await tx.update(orderLines).set(frozen).where(eq(orderLines.id, line.id));
  }
  await tx
    .update(orders)
    .set({
      subtotalCents: settlement.subtotalCents,
      discountCents: settlement.discountCents,
      taxCents: settlement.taxCents,
      deliveryFeeCents: settlement.deliveryFeeCents,
      totalCents: settlement.totalCents,
    })
    .where(eq(orders.id, orderId));
  return settlement;
}
