import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { getAuthOptions } from "./options";
import type { Permission } from "./permissions";
import { authorizeAdmin, authorizeStaff, getSessionUser, type SessionUser, type StaffStore } from "./service";
import type { SessionClaims } from "./session-version";

export type { SessionUser } from "./service";

type SessionToken = { userId: string; claims: SessionClaims };

/** What this request's JWT says (unchecked): whose it is, its session version and sign-in time. */
const getSessionToken = cache(async (): Promise<SessionToken | null> => {
  const session = await getServerSession(getAuthOptions());
  const userId = session?.user?.id;
  if (!userId) return null;
  return { userId, claims: { sessionVersion: session.sessionVersion, signedInAt: session.signedInAt } };
});

/**
 * The signed-in user, read fresh from the database once per request: a role or store
 * change (or a deleted account) takes effect at once, whatever an old JWT says; a token whose
 * session has ended (signed out everywhere, password or role changed, a staff shift's 12 h
 * passed — lib/auth/session-version.ts) is no user at all.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = await getSessionToken();
  return token ? getSessionUser(await getDb(), token) : null;
});

/** An open stream's caller (sseResponse `caller`): re-checked later, outside this request. */
export type StreamCaller = { userId: string; stillAllowed: () => Promise<boolean> };

/**
 * For a stream opened by a signed-in user: the same token checked again against the user's row
 * as it is then, with `permission` at `storeCode` for staff streams. Null when signed out now.
 */
export async function currentStreamCaller(access?: { storeCode: string; permission: Permission }): Promise<StreamCaller | null> {
  const token = await getSessionToken();
  if (!token) return null;
  return {
    userId: token.userId,
    stillAllowed: async () => {
      const db = await getDb();
      const user = await getSessionUser(db, token);
      if (!user || !access) return user !== null;
      return authorizeStaff(db, { user, ...access }).then(
        () => true,
        () => false,
      );
    },
  };
}

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
