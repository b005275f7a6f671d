"use server";

import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { users } from "@/db/schema";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { STORE_COOKIE, STORE_COOKIE_MAX_AGE } from "./cookie";
import { getStoreByCode } from "./queries";
import { setMyStoreSchema } from "./schemas";

const setMyStore = formAction(setMyStoreSchema, async ({ code }) => {
  const db = await getDb();
  const store = await getStoreByCode(db, { code });
  if (!store) throw new AppError("not_found", "We couldn't find that store.");

  // Anyone may choose a store; only a signed-in user's own row is updated.
  const user = await getCurrentUser();
  if (user) await db.update(users).set({ preferredStoreId: store.id }).where(eq(users.id, user.id));

  // Holds only a public store code, so it is not marked Secure: the demo runs on plain http.
  (await cookies()).set(STORE_COOKIE, store.code, {
    maxAge: STORE_COOKIE_MAX_AGE,
    sameSite: "lax",
    httpOnly: true,
    path: "/",
  });
  revalidatePath("/", "layout");
  return { ok: true, values: { code: store.code, name: store.name } };
});

/** "Make this my store": remembers the store in a cookie and, when signed in, on the account. */
export async function setMyStoreAction(previous: FormState, formData: FormData): Promise<FormState> {
  return setMyStore(previous, formData);
}
