import { and, eq, sql } from "drizzle-orm";
import { stockMovements, type OrderLine } from "@/db/schema";
import type { Db } from "@/lib/db";
import { translator } from "@/lib/i18n/translator";
import { correctOnHand } from "@/lib/inventory/service";

const t = translator("staff");

type LineState = Pick<OrderLine, "skuId" | "quantity" | "status" | "pickedQuantity">;

/**
 * How far on-hand of the ordered SKU should sit below the books because of this line: the
 * units the associate looked for and didn't find. Picked means they were all there (nothing);
 * a substitute says nothing new about the ordered SKU's shelf (keep whatever was corrected).
 */
function targetCorrection(line: LineState, current: number): number {
  switch (line.status) {
    case "short":
      return -(line.quantity - (line.pickedQuantity ?? 0));
    case "substituted":
      return current;
    default:
      return 0;
  }
}

/** What this order's short picks have taken off the SKU's on-hand so far (≤ 0), from the ledger. */
async function correctedSoFar(tx: Db, { storeId, orderId, skuId }: { storeId: string; orderId: string; skuId: string }) {
  const [row] = await tx
    .select({ total: sql<number>`coalesce(sum(${stockMovements.onHandDelta}), 0)::int` })
    .from(stockMovements)
    .where(
      and(
        eq(stockMovements.storeId, storeId),
        eq(stockMovements.orderId, orderId),
        eq(stockMovements.skuId, skuId),
        eq(stockMovements.reason, "short_pick"),
      ),
    );
  return Number(row?.total ?? 0);
}

/**
 * Keeps on-hand in step with what the associate found on the shelf, around the reservation
 * move of `pickLine`: units taken back (re-marked picked, or more found) are restored *before*
 * the line reserves again; units newly missing come off *after* the line released them. The
 * ledger is the memory, so re-marking a line never counts the same missing units twice.
 * Returns a function for each phase; each gives the on-hand change it applied.
 */
export async function shortPickCorrection(
  tx: Db,
  { storeId, orderId, actorUserId, before, after }: { storeId: string; orderId: string; actorUserId: string; before: LineState; after: LineState },
) {
  const sofar = await correctedSoFar(tx, { storeId, orderId, skuId: before.skuId });
  const delta = targetCorrection(after, sofar) - sofar;
  const apply = (amount: number) =>
    correctOnHand(tx, {
      storeId,
      skuId: before.skuId,
      delta: amount,
      reason: "short_pick",
      orderId,
      actorUserId,
      // The ledger keeps the note as text, written from the staff catalog.
      note: amount < 0 ? t("ledgerNotes.shortPick", { count: -amount }) : t("ledgerNotes.shortPickReversed", { count: amount }),
    });
  return {
    restore: () => (delta > 0 ? apply(delta) : Promise.resolve(0)),
    remove: () => (delta < 0 ? apply(delta) : Promise.resolve(0)),
  };
}
