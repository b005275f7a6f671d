import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifications } from "@/db/schema";
import type { DatabaseHandle, Db } from "@/lib/db";
import { createTestDatabase } from "@/lib/testing/test-db";
import { placePickupOrder, storeWithStaff } from "@/lib/testing/builders";
import { createMailer, type Mailer, type OutgoingEmail } from "./email";
import { enqueueNotification } from "./outbox";
import { parsePickupQr } from "@/lib/orders/pickup-code";
import { deliverPendingNotifications, MAX_ATTEMPTS, renderEmail } from "./worker";

let handle: DatabaseHandle;
let db: Db;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterAll(() => handle.close());

async function newOrder() {
  const { store } = await storeWithStaff(db);
  return placePickupOrder(db, { storeId: store.id, lines: [{ quantity: 1 }] });
}

function memoryMailer(failWith?: string): Mailer & { sent: OutgoingEmail[] } {
  const sent: OutgoingEmail[] = [];
  return {
    sent,
    describe: "memory",
    async send(message) {
      if (failWith) throw new Error(failWith);
      sent.push(message);
    },
  };
}

describe("notification outbox", () => {
  it("is written only if the surrounding transaction commits", async () => {
    const order = await newOrder();
    await expect(
      db.transaction(async (tx) => {
        await enqueueNotification(tx, {
          kind: "order_ready",
          userId: order.shopper.id,
          orderId: order.orderId,
          email: "a@b.test",
          subject: "s",
          body: "b",
        });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    const rows = await db.select().from(notifications).where(eq(notifications.kind, "order_ready"));
    expect(rows.filter((r) => r.orderId === order.orderId)).toHaveLength(0);
  });

  it("delivers e-mail and in-app rows once, even with two workers at the same time", async () => {
    const order = await newOrder();
    await enqueueNotification(db, {
      kind: "order_ready",
      userId: order.shopper.id,
      orderId: order.orderId,
      email: order.shopper.email,
      subject: "Ready",
      body: "Code ABC",
    });
    const a = memoryMailer();
    const b = memoryMailer();
    await Promise.all([deliverPendingNotifications(db, { mailer: a }), deliverPendingNotifications(db, { mailer: b })]);
    await deliverPendingNotifications(db, { mailer: a });
    const ready = [...a.sent, ...b.sent].filter((m) => m.subject === "Ready");
    expect(ready).toEqual([{ to: order.shopper.email, subject: "Ready", text: "Code ABC" }]);
    const rows = await db.select().from(notifications).where(eq(notifications.orderId, order.orderId));
    expect(rows.every((r) => r.status === "sent" && r.sentAt !== null)).toBe(true);
  });

  it("retries a failing e-mail, then marks it failed with the error", async () => {
    const order = await newOrder();
    await db.update(notifications).set({ status: "sent" }).where(eq(notifications.status, "pending"));
    await enqueueNotification(db, { kind: "order_cancelled", userId: null, orderId: order.orderId, email: "x@y.test", subject: "Bye", body: "b" });
    const broken = memoryMailer("SMTP 421 try later");
    for (let i = 0; i < MAX_ATTEMPTS; i++) await deliverPendingNotifications(db, { mailer: broken });
    const [row] = await db.select().from(notifications).where(eq(notifications.subject, "Bye"));
    expect(row).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, lastError: "SMTP 421 try later" });
  });

  it("the demo mailer writes each message as a JSON file", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "aisle-mail-"));
    const mailer = createMailer({ MAIL_DIR: dir, NODE_ENV: "test" } as NodeJS.ProcessEnv);
    await mailer.send({ to: "jamie@example.com", subject: "Order ABCD-EFGH is ready", text: "Pickup code 23456789AB" });
    const [file] = await fs.readdir(dir);
    const mail = JSON.parse(await fs.readFile(path.join(dir, file), "utf8"));
    expect(mail.subject).toBe("Order ABCD-EFGH is ready");
    expect(mail.to[0].address).toBe("jamie@example.com");
    expect(mail.text).toContain("23456789AB");
  });
});

describe("ready e-mail", () => {
  it("carries the signed pickup QR as an inline PNG and the code in text and HTML", async () => {
    const email = await renderEmail({
      recipient: "jamie@example.com",
      subject: "Order ABCD-EFGH is ready to collect",
      body: "Your pickup code: 23456789AB",
      kind: "order_ready",
      payload: { orderNumber: "ABCD-EFGH", pickupCode: "23456789AB" },
    });
    expect(email.text).toContain("23456789AB");
    expect(email.html).toContain('src="cid:pickup-qr"');
    const [qr] = email.attachments!;
    expect(qr.contentType).toBe("image/png");
    expect(qr.content.subarray(1, 4).toString()).toBe("PNG");
    // Decoded, the QR is what the handover scanner accepts.
    const { PNG } = await import("pngjs");
    const { default: jsQR } = await import("jsqr");
    const image = PNG.sync.read(qr.content);
    const decoded = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
    expect(parsePickupQr(decoded!.data)).toEqual({ orderNumber: "ABCD-EFGH", code: "23456789AB" });
    expect((await renderEmail({ recipient: "x@y.z", subject: "s", body: "b", kind: "order_cancelled", payload: {} })).attachments).toBeUndefined();
  });
});
