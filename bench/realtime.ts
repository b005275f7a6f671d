import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { addToCart, getOrCreateCart } from "@/lib/cart/service";
import { checkoutSchema } from "@/lib/checkout/schemas";
import { placeOrder } from "@/lib/checkout/service";
import type { Db } from "@/lib/db";
import { queryRows } from "@/lib/db/rows";
import { signInCookie } from "./app-client";

export type RealtimeResult = { samples: number; p50: number; p95: number; max: number };

const SAMPLES = 20;

/**
 * Staff real-time latency across instances: an associate's SSE stream is open on instance B;
 * this process places orders with Aisle's own placeOrder on the same PostgreSQL (acting as
 * another instance), and each sample is the time from placeOrder's return (the commit) to the
 * matching "order.placed" event arriving on B's stream.
 */
export async function measureRealtime(
  db: Db,
  bUrl: string,
  { checkoutFields, skuId }: { checkoutFields: Record<string, string>; skuId: string },
): Promise<RealtimeResult> {
  const cookie = await signInCookie(bUrl, "associate@example.com", "aisle-demo");
  const controller = new AbortController();
  const response = await fetch(`${bUrl}/api/staff/sea/pickups/events`, {
    headers: { cookie, accept: "text/event-stream" },
    signal: controller.signal,
  });
  if (!response.ok || !response.body) throw new Error(`staff event stream refused (${response.status})`);

  const arrivals = new Map<string, number>();
  const waiters = new Map<string, (at: number) => void>();
  let snapshot!: () => void;
  const snapshotSeen = new Promise<void>((resolve) => (snapshot = resolve));
  (async () => {
    const decoder = new TextDecoder();
    let buffer = "";
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      const at = performance.now();
      buffer += decoder.decode(chunk, { stream: true });
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const data = buffer
          .slice(0, end)
          .split("\n")
          .find((line) => line.startsWith("data: "));
        buffer = buffer.slice(end + 2);
        if (!data) continue;
        const message = JSON.parse(data.slice(6)) as { type: string; data?: { orderId?: string } };
        if (message.type === "snapshot") snapshot();
        const orderId = message.type === "order.placed" ? message.data?.orderId : undefined;
        if (orderId) {
          arrivals.set(orderId, at);
          waiters.get(orderId)?.(at);
        }
      }
    }
  })().catch(() => undefined);
  await snapshotSeen;

  const [shopper] = await queryRows<{ id: string }>(db, sql`select id from users where email = 'bench-0@example.com'`);
  const storeId = checkoutFields.storeId;
  const latencies: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const cart = await getOrCreateCart(db, { owner: { userId: shopper.id }, storeId });
    await addToCart(db, { userId: shopper.id, cartId: cart.id, storeId, skuId, quantity: 1 });
    const placed = await placeOrder(db, {
      userId: shopper.id,
      cartId: cart.id,
      input: checkoutSchema.parse({ ...checkoutFields, idempotencyKey: randomUUID() }),
    });
    const committedAt = performance.now();
    const arrivedAt =
      arrivals.get(placed.orderId) ??
      (await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no event within 10 s")), 10_000);
        waiters.set(placed.orderId, (at) => {
          clearTimeout(timer);
          resolve(at);
        });
      }));
    latencies.push(Math.max(0, arrivedAt - committedAt));
  }
  controller.abort();
  latencies.sort((a, b) => a - b);
  return {
    samples: latencies.length,
    p50: latencies[Math.floor(latencies.length / 2)],
    p95: latencies[Math.min(latencies.length - 1, Math.ceil(latencies.length * 0.95) - 1)],
    max: latencies[latencies.length - 1],
  };
}
