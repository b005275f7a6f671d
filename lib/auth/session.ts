import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { getAuthOptions } from "./options";
import type { Permission } from "./permissions";
import { authorizeAdmin, authorizeStaff, getSessionUser, type SessionUser, type StaffStore } from "./service";

export type { SessionUser } from "./service";

/**
 * The signed-in user, read fresh from the database once per request: a role or store
 * change (or a deleted account) takes effect at once, whatever an old JWT says.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(getAuthOptions());
  const userId = session?.user?.id;
  if (!userId) return null;
  return getSessionUser(await getDb(), { userId });
});

export async function requireUser(callbackUrl = "/account"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return user;
}

/** For staff pages: signed in, store exists, role and store allow `permission` — else sign-in, 404 or 403. */
export async function requireStaff(storeCode: string, permission: Permission = "store:view"): Promise<{ user: SessionUser; store: StaffStore }> {
  const user = await requireUser(`/staff/${storeCode}`);
  try {
    return { user, store: await authorizeStaff(await getDb(), { user, storeCode, permission }) };
  } catch (error) {
    if (isAppError(error, "not_found")) notFound();
    if (isAppError(error, "forbidden")) forbidden();
    throw error;
  }
}

export async function requireAdmin(permission: Permission = "admin:catalog"): Promise<SessionUser> {
  const user = await requireUser("/admin");
  try {
    return authorizeAdmin(user, permission);
  } catch (error) {
    if (isAppError(error, "forbidden")) forbidden();
    throw error;
  }
}
