import "server-only";
import { and, desc, eq, gte, sql } from "drizzle-orm";
import { auditLog, stores, users } from "@/db/schema";
import type { Db } from "@/lib/db";

export const SIGN_IN_LOCKED = "auth.sign_in_locked";

export type StaffLockout = {
  at: Date;
  email: string;
  name: string;
  role: string;
  storeName: string | null;
  /** The account's store's time zone (admins have none: UTC). */
  timezone: string;
  clientAddress: string | null;
  failures: number | null;
};

/** Staff accounts whose sign-in limit a client reached lately (newest first), for the admin home. */
export async function listStaffLockouts(db: Db, { since, limit = 10 }: { since: Date; limit?: number }): Promise<StaffLockout[]> {
  const rows = await db
    .select({
      at: auditLog.createdAt,
      email: users.email,
      name: users.name,
      role: users.role,
      storeName: stores.name,
      timezone: sql<string>`coalesce(${stores.timezone}, 'UTC')`,
      clientAddress: sql<string | null>`${auditLog.data} ->> 'clientAddress'`,
      failures: sql<string | null>`${auditLog.data} ->> 'failures'`,
    })
    .from(auditLog)
    .innerJoin(users, sql`${users.id}::text = ${auditLog.entityId}`)
    .leftJoin(stores, eq(stores.id, auditLog.storeId))
    .where(and(eq(auditLog.action, SIGN_IN_LOCKED), eq(auditLog.entityType, "user"), gte(auditLog.createdAt, since)))
    .orderBy(desc(auditLog.createdAt))
    .limit(limit);
  return rows.map((row) => ({ ...row, failures: row.failures === null ? null : Number(row.failures) }));
}
