import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Db } from "@/lib/db";

export type ShopperProfile = {
  name: string;
  email: string;
  phone: string | null;
  preferredStoreId: string | null;
};

/** The signed-in shopper's own contact details and saved store (account and checkout pages). */
export async function getShopperProfile(db: Db, { userId }: { userId: string }): Promise<ShopperProfile | null> {
  const [row] = await db
    .select({ name: users.name, email: users.email, phone: users.phone, preferredStoreId: users.preferredStoreId })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? null;
}
