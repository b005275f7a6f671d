import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { PublicActor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";

/** Anyone may choose a store; only a signed-in caller's own account remembers it. */
export async function rememberPreferredStore(db: Db, { actor, storeId }: { actor: PublicActor; storeId: string }): Promise<void> {
  if (!actor.user) return;
  await db.update(users).set({ preferredStoreId: storeId }).where(eq(users.id, actor.user.id));
}
