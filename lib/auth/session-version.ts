import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Db } from "@/lib/db";
import type { Role } from "./permissions";

/**
 * Sessions that can end. A JWT cannot be taken back, so every token carries the user's
 * `session_version` at sign-in and the time it was signed in; each request compares them with
 * the user's row (getSessionUser). Bumping the version ends every session of that user at once:
 * "Sign out everywhere" bumps it, and so does the database itself whenever a user's role, store
 * or password changes (trigger users_bump_session_version, migration 0008/0009), whoever writes it.
 */

/** What the token says about its session (seconds since the epoch for `signedInAt`). */
export type SessionClaims = { sessionVersion: number | undefined; signedInAt: number | undefined };

export const SHOPPER_SESSION_SECONDS = 30 * 24 * 60 * 60;
/** Staff and admin sessions: one shift. Counted from sign-in, not sliding — activity does not extend it. */
export const STAFF_SESSION_SECONDS = 12 * 60 * 60;

/** next-auth's maxAge is global (the cookie lives 30 days); the role's limit is enforced here. */
export function sessionLifetimeSeconds(role: Role): number {
  return role === "shopper" ? SHOPPER_SESSION_SECONDS : STAFF_SESSION_SECONDS;
}

/** True while the token's session is the user's current one and not older than the role allows. */
export function sessionIsCurrent(claims: SessionClaims, row: { sessionVersion: number; role: Role }, now = Date.now()): boolean {
  const { sessionVersion, signedInAt } = claims;
  if (typeof sessionVersion !== "number" || sessionVersion !== row.sessionVersion) return false;
  if (typeof signedInAt !== "number" || !Number.isFinite(signedInAt)) return false;
  const age = Math.floor(now / 1000) - signedInAt;
  // A little clock skew between instances is fine; a token from the future is not.
  return age >= -60 && age <= sessionLifetimeSeconds(row.role);
}

/** The version a new token gets at sign-in; null for an unknown user. */
export async function currentSessionVersion(db: Db, { userId }: { userId: string }): Promise<number | null> {
  const [row] = await db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId));
  return row?.sessionVersion ?? null;
}

/** Ends every session of the user (on every device); answers the new version, or null for an unknown user. */
export async function bumpSessionVersion(db: Db, { userId }: { userId: string }): Promise<number | null> {
  const [row] = await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ sessionVersion: users.sessionVersion });
  return row?.sessionVersion ?? null;
}
