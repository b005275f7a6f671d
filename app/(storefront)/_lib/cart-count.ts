import "server-only";
import { eq, sql } from "drizzle-orm";
import { cookies } from "next/headers";
import { cartLines, carts } from "@/db/schema";
import type { Db } from "@/lib/db";

/** Guest carts are found by this HttpOnly cookie's random token. */
export const GUEST_CART_COOKIE = "aisle_cart";

/**
 * Units in the shopper's cart for the header badge: the account's cart when signed in,
 * else the guest cart. Lives here until lib/cart exists; then it should move there.
 */
export async function getCartItemCount(db: Db, { userId }: { userId: string | null }): Promise<number> {
  const owner = userId
    ? eq(carts.userId, userId)
    : await (async () => {
        const token = (await cookies()).get(GUEST_CART_COOKIE)?.value;
        return token ? eq(carts.guestToken, token) : null;
      })();
  if (!owner) return 0;
  const [row] = await db
    .select({ count: sql<number>`coalesce(sum(${cartLines.quantity}), 0)::int` })
    .from(carts)
    .innerJoin(cartLines, eq(cartLines.cartId, carts.id))
    .where(owner);
  return Number(row?.count ?? 0);
}
