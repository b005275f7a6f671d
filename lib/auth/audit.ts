import { auditLog } from "@/db/schema";
import type { Db } from "@/lib/db";

/**
 * An audit row about an account (lib/auth can't use lib/orders/audit.ts: lib/orders reads lib/auth).
 * Same table and shape: entity "user", no acting user (the act is an anonymous client's).
 */
export async function writeAuthAudit(
  db: Db,
  { action, userId, storeId, data }: { action: string; userId: string; storeId: string | null; data: Record<string, unknown> },
) {
  await db.insert(auditLog).values({ actorUserId: null, action, entityType: "user", entityId: userId, storeId, data });
}
