import type { OrderLine } from "@/db/schema";
import type { Db } from "@/lib/db";
import { releaseStock, reserveStock } from "@/lib/inventory/service";

type LineState = Pick<OrderLine, "skuId" | "quantity" | "status" | "pickedQuantity" | "substituteSkuId" | "substitutionStatus">;

/** Units the store holds back for a line right now, and of which SKU. */
export function heldReservation(line: LineState): { skuId: string; quantity: number } | null {
  switch (line.status) {
    case "pending":
    case "picked":
      return { skuId: line.skuId, quantity: line.quantity };
    case "short":
      return line.pickedQuantity ? { skuId: line.skuId, quantity: line.pickedQuantity } : null;
    case "substituted":
      if (!line.substituteSkuId || line.substitutionStatus === "rejected") return null;
      return { skuId: line.substituteSkuId, quantity: line.pickedQuantity ?? line.quantity };
  }
}

/** Units the shopper takes home (and pays for: see settlement.ts for at what price) for a line. */
export function collectedUnits(line: LineState): number {
  switch (line.status) {
    case "pending":
    case "picked":
      return line.quantity;
    case "short":
      return line.pickedQuantity ?? 0;
    case "substituted":
      return line.substitutionStatus === "rejected" ? 0 : (line.pickedQuantity ?? line.quantity);
  }
}

/**
 * Moves a line's reservation from what it holds to what it should hold, writing the ledger:
 * the release first (never over-reserves), then the new reservation (refused when the shelf
 * doesn't have it).
 */
export async function moveReservation(
  tx: Db,
  {
    storeId,
    orderId,
    actorUserId,
    from,
    to,
  }: {
    storeId: string;
    orderId: string;
    actorUserId: string | null;
    from: { skuId: string; quantity: number } | null;
    to: { skuId: string; quantity: number } | null;
  },
) {
  const scope = { storeId, orderId, actorUserId };
  if (from && to && from.skuId === to.skuId) {
    const delta = to.quantity - from.quantity;
    if (delta > 0) await reserveStock(tx, { ...scope, skuId: to.skuId, quantity: delta });
    if (delta < 0) await releaseStock(tx, { ...scope, skuId: to.skuId, quantity: -delta });
    return;
  }
  if (from && from.quantity > 0) await releaseStock(tx, { ...scope, skuId: from.skuId, quantity: from.quantity });
  if (to && to.quantity > 0) await reserveStock(tx, { ...scope, skuId: to.skuId, quantity: to.quantity });
}
