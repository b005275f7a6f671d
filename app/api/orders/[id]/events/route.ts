import { shopperRouteUser } from "@/lib/auth/route-auth";
import { currentStreamCaller } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { errorResponse } from "@/lib/http/errors";
import { getOrderStatusForShopper } from "@/lib/orders/shopper-status";
import { orderChannel } from "@/lib/realtime/channels";
import { sseResponse } from "@/lib/realtime/sse";

/** Live updates for the shopper's own order page (status, shortages, messages). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await shopperRouteUser();
  if (user instanceof Response) return user;
  // Someone else's order and a missing one look the same.
  const order = await getOrderStatusForShopper(await getDb(), { orderId: id, userId: user.id });
  if (!order) return errorResponse({ code: "not_found", message: "We couldn't find that order." });
  return sseResponse(request, [orderChannel(order.id)], {
    initial: async () => ({ status: order.status }),
    caller: (await currentStreamCaller()) ?? undefined,
  });
}
