import { staffRouteStore } from "@/lib/auth/route-auth";
import { currentStreamCaller } from "@/lib/auth/session";
import { errorResponse } from "@/lib/http/errors";
import { translator } from "@/lib/i18n/translator";
import { KIOSK_CODE, kioskChannel } from "@/lib/in-store/kiosk/channels";
import { sseResponse } from "@/lib/realtime/sse";

/** The kiosk screen's event stream: hand-over started, basket changed, paid. Events are hints; the screen re-reads. */
export async function GET(request: Request, { params }: { params: Promise<{ store: string; kiosk: string }> }) {
  const { store: storeCode, kiosk } = await params;
  if (!KIOSK_CODE.test(kiosk)) return errorResponse({ code: "not_found", message: translator("kiosk")("errors.kioskNotFound") });
  const store = await staffRouteStore(storeCode, "kiosk:operate");
  if (store instanceof Response) return store;
  return sseResponse(request, [kioskChannel(store.id, kiosk)], {
    initial: async () => ({ kiosk }),
    caller: (await currentStreamCaller({ storeCode, permission: "kiosk:operate" })) ?? undefined,
  });
}
