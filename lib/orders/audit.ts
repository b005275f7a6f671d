import { auditLog } from "@/db/schema";
import type { Db } from "@/lib/db";

type AuditEntry = {
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  storeId: string | null;
  data?: Record<string, unknown>;
};

/** The one way an audit row is written (in the caller's transaction, beside the change it records). */
export async function writeAuditEntry(tx: Db, entry: AuditEntry) {
  await tx.insert(auditLog).values({
    actorUserId: entry.actorUserId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    storeId: entry.storeId,
    data: entry.data ?? {},
  });
}

/** An audit row about an order (shown in its Activity). */
export async function writeAudit(
  tx: Db,
  entry: { actorUserId: string | null; action: string; orderId: string; storeId: string; data?: Record<string, unknown> },
) {
  await writeAuditEntry(tx, {
    actorUserId: entry.actorUserId,
    action: entry.action,
    entityType: "order",
    entityId: entry.orderId,
    storeId: entry.storeId,
    data: entry.data,
  });
}
