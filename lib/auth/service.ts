import { eq } from "drizzle-orm";
import { stores, users } from "@/db/schema";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { checkRateLimit, consumeRateLimit, SIGN_IN_FAILURES } from "@/lib/rate-limit/service";
import { isStoreCode } from "@/lib/validation";
import { hashPassword, verifyPassword } from "./password";
import { can, type Permission, type Role } from "./permissions";
import { signInSchema, signUpSchema, type SignUpInput } from "./schemas";
import { sessionIsCurrent, type SessionClaims } from "./session-version";

const t = translator("failures");

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  storeId: string | null;
};

const sessionUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  storeId: users.storeId,
};

// Verifying against a real hash even for unknown emails keeps the response time the same,
// so sign-in does not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined;

/** Returns the user for a correct email + password, otherwise null. */
export async function authenticate(db: Db, credentials: unknown): Promise<SessionUser | null> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const [row] = await db
    .select({ ...sessionUserColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, parsed.data.email));
  if (!row) {
    decoyHash ??= hashPassword("decoy-password-for-timing");
    await verifyPassword(await decoyHash, parsed.data.password);
    return null;
  }
  const { passwordHash, ...user } = row;
  return (await verifyPassword(passwordHash, parsed.data.password)) ? user : null;
}

/**
 * Sign-in with abuse limits: after 10 failures in 15 minutes for an account, or from one
 * client address, every further attempt is refused (even a right password) until the window
 * passes. Only failures count, so a shopper who signs in often is never locked out.
 */
export async function authenticateWithLimits(
  db: Db,
  credentials: unknown,
  { clientAddress }: { clientAddress: string | null },
): Promise<SessionUser | null> {
  const email = signInSchema.shape.email.safeParse((credentials as { email?: unknown } | null)?.email);
  const keys = [email.success ? `sign-in:account:${email.data}` : null, clientAddress ? `sign-in:ip:${clientAddress}` : null].filter(
    (key): key is string => key !== null,
  );
  for (const key of keys) {
    const { allowed, retryAfterSeconds } = await checkRateLimit(db, key, SIGN_IN_FAILURES);
    if (!allowed) {
      throw new AppError("rate_limited", t("auth.tooManyAttempts", { minutes: Math.ceil(retryAfterSeconds / 60) }));
    }
  }
  const user = await authenticate(db, credentials);
  if (!user) await Promise.all(keys.map((key) => consumeRateLimit(db, key, SIGN_IN_FAILURES)));
  return user;
}

/** The user behind a session token, or null when the token's session has ended (lib/auth/session-version.ts). */
export async function getSessionUser(db: Db, { userId, claims }: { userId: string; claims: SessionClaims }): Promise<SessionUser | null> {
  const [row] = await db
    .select({ ...sessionUserColumns, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, userId));
  if (!row || !sessionIsCurrent(claims, row)) return null;
  const { sessionVersion: _version, ...user } = row;
  return user;
}

/** Creates a shopper account; a taken email is a field error, not a crash. */
export async function registerShopper(db: Db, input: SignUpInput): Promise<SessionUser> {
  const data = signUpSchema.parse(input);
  const passwordHash = await hashPassword(data.password);
  const [created] = await db
    .insert(users)
    .values({ name: data.name, email: data.email, passwordHash, role: "shopper" })
    .onConflictDoNothing({ target: users.email })
    .returning(sessionUserColumns);
  if (!created) {
    throw new AppError("conflict", t("auth.emailTaken"), {
      email: [t("auth.emailTakenSignIn")],
    });
  }
  return created;
}

export type StaffStore = { id: string; code: string; name: string; timezone: string };

/**
 * The check every staff page and action makes: the caller is signed in, the store exists,
 * and the caller's role and store allow `permission` there.
 */
export async function authorizeStaff(
  db: Db,
  { user, storeCode, permission }: { user: SessionUser | null; storeCode: string; permission: Permission },
): Promise<StaffStore> {
  if (!user) throw new AppError("unauthorized", t("auth.signIn"));
  // Store codes come from URLs and action arguments: anything that can't be a code (a NUL byte
  // would even make PostgreSQL fail the query) is simply an unknown store.
  if (!isStoreCode(storeCode)) throw new AppError("not_found", t("stores.doesNotExist"));
  const [store] = await db
    .select({ id: stores.id, code: stores.code, name: stores.name, timezone: stores.timezone })
    .from(stores)
    .where(eq(stores.code, storeCode));
  if (!store) throw new AppError("not_found", t("stores.doesNotExist"));
  if (!can(user, permission, { storeId: store.id })) {
    throw new AppError("forbidden", t("auth.noStoreAccess"));
  }
  return store;
}

export function authorizeAdmin(user: SessionUser | null, permission: Permission): SessionUser {
  if (!user) throw new AppError("unauthorized", t("auth.signIn"));
  if (!can(user, permission)) throw new AppError("forbidden", t("auth.adminsOnly"));
  return user;
}
