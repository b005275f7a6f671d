import { and, asc, eq, sql } from "drizzle-orm";
import { notifications } from "@/db/schema";
import type { Db } from "@/lib/db";
import { OUTBOX_CHANNEL, orderChannel, userChannel } from "@/lib/realtime/channels";
import { notify } from "@/lib/realtime/notify";
import { createMailer, type Mailer, type OutgoingEmail } from "./email";
import { pickupQrAlt } from "./messages";

export const MAX_ATTEMPTS = 5;

/**
 * Delivers pending outbox rows, a batch at a time. Rows are claimed with FOR UPDATE SKIP LOCKED,
 * so several instances can run the worker without sending anything twice. In-app messages are
 * "delivered" by marking them sent and announcing them on the user's and order's channels (the
 * order page shows them live); e-mails go through the mailer. A failure is retried, up to
 * MAX_ATTEMPTS, then marked failed with the error.
 */
export async function deliverPendingNotifications(db: Db, { mailer, limit = 20, now = new Date() }: { mailer: Mailer; limit?: number; now?: Date }) {
  return db.transaction(async (tx) => {
    const batch = await tx
      .select()
      .from(notifications)
      .where(eq(notifications.status, "pending"))
      .orderBy(asc(notifications.createdAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    let sent = 0;
    let failed = 0;
    for (const row of batch) {
      try {
        if (row.channel === "email") {
          await mailer.send(await renderEmail(row));
        } else if (row.userId) {
          const data = { id: row.id, kind: row.kind, subject: row.subject, orderId: row.orderId };
          await notify(tx, userChannel(row.userId), { type: "notification", data });
          if (row.orderId) await notify(tx, orderChannel(row.orderId), { type: "notification", data });
        }
        await tx
          .update(notifications)
          .set({ status: "sent", sentAt: now, attempts: row.attempts + 1, lastError: null })
          .where(eq(notifications.id, row.id));
        sent++;
      } catch (error) {
        const attempts = row.attempts + 1;
        await tx
          .update(notifications)
          .set({
            attempts,
            lastError: String((error as Error)?.message ?? error).slice(0, 500),
            status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
          })
          .where(and(eq(notifications.id, row.id), eq(notifications.status, "pending")));
        failed++;
      }
    }
    return { claimed: batch.length, sent, failed };
  });
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The e-mail for an outbox row: the text as written, plus an HTML part; a "ready" message carries
 * the signed pickup QR as an inline image, so the shopper can show the e-mail at the counter.
 */
export async function renderEmail(row: {
  recipient: string;
  subject: string;
  body: string;
  kind: string;
  payload: Record<string, unknown>;
}): Promise<OutgoingEmail> {
  const email: OutgoingEmail = { to: row.recipient, subject: row.subject, text: row.body };
  const { orderNumber, pickupCode } = row.payload as { orderNumber?: string; pickupCode?: string };
  if ((row.kind === "order_ready" || row.kind === "order_partially_ready") && orderNumber && pickupCode) {
    const [{ default: QRCode }, { pickupQrPayload }] = await Promise.all([import("qrcode"), import("@/lib/orders/pickup-code")]);
    const png = await QRCode.toBuffer(pickupQrPayload(orderNumber, pickupCode), { type: "png", errorCorrectionLevel: "M", margin: 2, width: 240 });
    email.attachments = [{ filename: `pickup-${orderNumber}.png`, content: png, cid: "pickup-qr", contentType: "image/png" }];
    email.html = `<p>${escapeHtml(row.body)}</p><p><img src="cid:pickup-qr" width="240" height="240" alt="${escapeHtml(pickupQrAlt(orderNumber))}"></p><p style="font-family:monospace;font-size:24px;letter-spacing:2px">${escapeHtml(pickupCode)}</p>`;
  }
  return email;
}

/** Pending rows, for health checks and tests. */
export async function countPendingNotifications(db: Db) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(eq(notifications.status, "pending"));
  return Number(row.n);
}

const globalForWorker = globalThis as unknown as { aisleNotificationWorker?: { stop: () => void } };

/**
 * Starts the in-process delivery worker once per process: woken at once by the `outbox` event
 * (sent on commit by enqueueNotification) and polling every few seconds as a safety net.
 */
export function startNotificationWorker({ intervalMs = 5_000 }: { intervalMs?: number } = {}) {
  if (globalForWorker.aisleNotificationWorker) return globalForWorker.aisleNotificationWorker;
  const mailer = createMailer();
  let running = false;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const { getDb } = await import("@/lib/db");
      const db = await getDb();
      do {
        again = false;
        const result = await deliverPendingNotifications(db, { mailer });
        if (result.claimed === 20) again = true;
      } while (again);
    } catch (error) {
      console.error("[notifications] delivery failed:", (error as Error).message);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(run, intervalMs);
  timer.unref?.();
  let unsubscribe = () => {};
  void import("@/lib/realtime/hub").then(({ subscribe }) => {
    unsubscribe = subscribe(OUTBOX_CHANNEL, () => void run());
  });
  void run();
  console.log(`[notifications] delivery worker started (e-mail: ${mailer.describe})`);
  globalForWorker.aisleNotificationWorker = {
    stop: () => {
      clearInterval(timer);
      unsubscribe();
      globalForWorker.aisleNotificationWorker = undefined;
    },
  };
  return globalForWorker.aisleNotificationWorker;
}
