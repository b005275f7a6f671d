import { staffRouteStore } from "@/lib/fulfilment/route-auth";
import { KIOSK_CODE, kioskChannel } from "@/lib/kiosk/channels";
import { sseResponse } from "@/lib/realtime/sse";

export const dynamic = "force-dynamic";

/** The kiosk screen's event stream: hand-over started, basket changed, paid. Events are hints; the screen re-reads. */
export async function GET(request: Request, { params }: { params: Promise<{ store: string; kiosk: string }> }) {
  const { store: storeCode, kiosk } = await params;
  if (!KIOSK_CODE.test(kiosk)) return Response.json({ error: "not_found" }, { status: 404 });
  const store = await staffRouteStore(storeCode, "store:view");
  if (store instanceof Response) return store;
  return sseResponse(request, [kioskChannel(store.id, kiosk)], { initial: async () => ({ kiosk }) });
}
