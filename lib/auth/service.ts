import { eq } from "drizzle-orm";
import { stores, users } from "@/db/schema";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { clearRateLimit, recordRateLimitFailure, refundRateLimit, takeRateLimits, type RateRule } from "@/lib/rate-limit/service";
import { isStoreCode } from "@/lib/validation";
import { hashPassword, verifyPassword } from "./password";
import { writeAuthAudit } from "./audit";
import { SIGN_IN_LOCKED } from "./lockouts";
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
function decoy() {
  decoyHash ??= hashPassword("decoy-password-for-timing").catch((error) => {
    decoyHash = undefined; // a busy pool must not poison the decoy for good
    throw error;
  });
  return decoyHash;
}

type Checked = { user: SessionUser | null; account: { id: string; role: Role; storeId: string | null } | null };

async function checkCredentials(db: Db, credentials: unknown): Promise<Checked> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return { user: null, account: null };
  const [row] = await db
    .select({ ...sessionUserColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, parsed.data.email));
  if (!row) {
    await verifyPassword(await decoy(), parsed.data.password);
    return { user: null, account: null };
  }
  const { passwordHash, ...user } = row;
  const account = { id: user.id, role: user.role, storeId: user.storeId };
  return { user: (await verifyPassword(passwordHash, parsed.data.password)) ? user : null, account };
}

/** Returns the user for a correct email + password, otherwise null. */
export async function authenticate(db: Db, credentials: unknown): Promise<SessionUser | null> {
  return (await checkCredentials(db, credentials)).user;
}

/** Sign-in, per (account, client address): 10 attempts per 15 minutes, backing off from the 5th failure (1 s, 2 s, 4 s… ≤ 60 s). */
export const SIGN_IN_PER_ACCOUNT_CLIENT: RateRule = {
  limit: 10,
  windowSeconds: 15 * 60,
  backoff: { after: 5, baseSeconds: 1, maxSeconds: 60 },
};
/** Sign-in, per client address across accounts: looser, for one client trying many accounts. */
export const SIGN_IN_PER_CLIENT: RateRule = { limit: 50, windowSeconds: 15 * 60 };

const STAFF_ROLES: readonly Role[] = ["associate", "manager", "admin"];

function tooManyAttempts(retryAfterSeconds: number) {
  return new AppError(
    "rate_limited",
    retryAfterSeconds < 60
      ? t("auth.tooManyAttemptsSeconds", { seconds: retryAfterSeconds })
      : t("auth.tooManyAttempts", { minutes: Math.ceil(retryAfterSeconds / 60) }),
  );
}

/**
 * Sign-in with abuse limits. Each attempt is counted *before* its password is verified (so
 * concurrent guesses can't all slip under the limit) and refunded when it succeeds. Limits are
 * per (account, client address) — with a back-off from the 5th failure — and, looser, per client
 * address: a stranger's failures never lock the account for anyone else. A staff account reaching
 * its limit from a client is written to the audit log for admins.
 */
export async function authenticateWithLimits(
  db: Db,
  credentials: unknown,
  { clientAddress, now = new Date() }: { clientAddress: string | null; now?: Date },
): Promise<SessionUser | null> {
  const email = signInSchema.shape.email.safeParse((credentials as { email?: unknown } | null)?.email);
  const client = clientAddress ?? "unknown";
  const pairKey = email.success ? `sign-in:account-client:${email.data}|${client}` : null;
  const limits = [
    ...(pairKey ? [{ key: pairKey, rule: SIGN_IN_PER_ACCOUNT_CLIENT }] : []),
    { key: `sign-in:client:${client}`, rule: SIGN_IN_PER_CLIENT },
  ];
  const taken = await takeRateLimits(db, limits, now);
  if (!taken.allowed) throw tooManyAttempts(taken.refusal.retryAfterSeconds);

  let checked: Checked;
  try {
    checked = await checkCredentials(db, credentials);
  } catch (error) {
    // Nothing was verified (the password pool was full): the attempt doesn't count.
    for (const { key } of limits) await refundRateLimit(db, key);
    throw error;
  }
  if (checked.user) {
    if (pairKey) await clearRateLimit(db, pairKey);
    for (const { key } of limits) if (key !== pairKey) await refundRateLimit(db, key);
    return checked.user;
  }
  if (pairKey) {
    const pair = taken.verdicts[0];
    await recordRateLimitFailure(db, pairKey, SIGN_IN_PER_ACCOUNT_CLIENT, pair, now);
    if (pair.count === SIGN_IN_PER_ACCOUNT_CLIENT.limit && checked.account && STAFF_ROLES.includes(checked.account.role)) {
      await writeAuthAudit(db, {
        action: SIGN_IN_LOCKED,
        userId: checked.account.id,
        storeId: checked.account.storeId,
        data: { clientAddress, failures: pair.count, windowMinutes: SIGN_IN_PER_ACCOUNT_CLIENT.windowSeconds / 60 },
      });
    }
  }
  return null;
}

/** The user behind a session token, or null when the token's session has ended (lib/auth/session-version.ts). */
export async function getSessionUser(db: Db, { userId, claims }: { userId: string; claims: SessionClaims }): Promise<SessionUser | null> {
  // Every signed-in request and action asks: a named statement, parsed and planned once per connection.
  const [row] = await db
    .select({ ...sessionUserColumns, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, userId))
    .prepare("session_user")
    .execute();
  if (!row || !sessionIsCurrent(claims, row)) return null;
  const { sessionVersion: _version, ...user } = row;
  return user;
}

/** Sign-up, per client address (10 per 10 minutes) and for everyone together (60 a minute); SIGN_UP_LIMIT_* override them. */
export const SIGN_UP_PER_CLIENT: RateRule = { limit: Number(process.env.SIGN_UP_LIMIT_PER_CLIENT) || 10, windowSeconds: 10 * 60 };
export const SIGN_UP_GLOBAL: RateRule = { limit: Number(process.env.SIGN_UP_LIMIT_GLOBAL) || 60, windowSeconds: 60 };

export type Registration =
  | { created: SessionUser; taken?: undefined }
  /** The e-mail already has an account: nothing was written; tell its owner, answer as for a new one. */
  | { created?: undefined; taken: { id: string; email: string; name: string } };

/**
 * Creates a shopper account. The work (argon2) is done whether or not the e-mail is taken, so
 * the answer and its timing don't say which e-mails have accounts; the caller answers both the
 * same way. Limited per client and globally before any hashing.
 */
export async function registerShopper(
  db: Db,
  input: SignUpInput,
  { clientAddress, now = new Date() }: { clientAddress: string | null; now?: Date },
): Promise<Registration> {
  const data = signUpSchema.parse(input);
  const limited = await takeRateLimits(
    db,
    [
      { key: `sign-up:client:${clientAddress ?? "unknown"}`, rule: SIGN_UP_PER_CLIENT },
      { key: "sign-up:all", rule: SIGN_UP_GLOBAL },
    ],
    now,
  );
  if (!limited.allowed) throw new AppError("rate_limited", t("auth.tooManySignUps", { minutes: Math.ceil(limited.refusal.retryAfterSeconds / 60) }));
  const passwordHash = await hashPassword(data.password);
  const [created] = await db
    .insert(users)
    .values({ name: data.name, email: data.email, passwordHash, role: "shopper" })
    .onConflictDoNothing({ target: users.email })
    .returning(sessionUserColumns);
  if (created) return { created };
  const [owner] = await db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.email, data.email));
  return { taken: owner };
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

/** A store's code by id (the staff session's claim), or null when the store is gone. */
export async function storeCodeOf(db: Db, { storeId }: { storeId: string }): Promise<string | null> {
  const [store] = await db.select({ code: stores.code }).from(stores).where(eq(stores.id, storeId));
  return store?.code ?? null;
}

export function authorizeAdmin(user: SessionUser | null, permission: Permission): SessionUser {
  if (!user) throw new AppError("unauthorized", t("auth.signIn"));
  if (!can(user, permission)) throw new AppError("forbidden", t("auth.adminsOnly"));
  return user;
}
