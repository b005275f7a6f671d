import "server-only";
import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { cache } from "react";
import { users } from "@/db/schema";
import { getCurrentUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db";
import { STORE_COOKIE, storeCodeFromCookie } from "./cookie";
import { getFirstStore, getStoreByCode, getStoreById, type StoreDetail } from "./queries";

/**
 * The shopper's store, in order of what they told us: the `aisle_store` cookie, else the
 * signed-in user's preferred store, else the first store by name. Null only when there are
 * no stores at all. Cached per request (the layout and the page both ask).
 */
export const getCurrentStore = cache(async (db: Db): Promise<StoreDetail | null> => {
  const code = storeCodeFromCookie((await cookies()).get(STORE_COOKIE)?.value);
  if (code) {
    const store = await getStoreByCode(db, { code });
    if (store) return store;
  }

  const user = await getCurrentUser();
  if (user) {
    const [row] = await db.select({ preferredStoreId: users.preferredStoreId }).from(users).where(eq(users.id, user.id));
    const preferred = row?.preferredStoreId ? await getStoreById(db, { id: row.preferredStoreId }) : null;
    if (preferred) return preferred;
  }

  return getFirstStore(db);
});
