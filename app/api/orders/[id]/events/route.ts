import { and, eq } from "drizzle-orm";
import { orders } from "@/db/schema";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { orderChannel } from "@/lib/realtime/channels";
import { sseResponse } from "@/lib/realtime/sse";

export const dynamic = "force-dynamic";

/** Live updates for the shopper's own order page (status, shortages, messages). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthorized", message: "Sign in to continue." }, { status: 401 });
  const db = await getDb();
  const [order] = /^[0-9a-f-]{36}$/i.test(id)
    ? await db.select({ id: orders.id, status: orders.status }).from(orders).where(and(eq(orders.id, id), eq(orders.userId, user.id)))
    : [];
  // Someone else's order and a missing one look the same.
  if (!order) return Response.json({ error: "not_found", message: "We couldn't find that order." }, { status: 404 });
  return sseResponse(request, [orderChannel(order.id)], { initial: async () => ({ status: order.status }) });
}
