import "server-only";
import { eq, sql } from "drizzle-orm";
import { cartLines } from "@/db/schema";
import type { Db } from "@/lib/db";

/** Units in a cart, for the header badge (no pricing: the badge only needs the count). */
export async function countCartUnits(db: Db, { cartId }: { cartId: string | null }): Promise<number> {
  if (!cartId) return 0;
  const [row] = await db
    .select({ count: sql<number>`coalesce(sum(${cartLines.quantity}), 0)::int` })
    .from(cartLines)
    .where(eq(cartLines.cartId, cartId));
  return Number(row?.count ?? 0);
}
