import { getDb } from "@/lib/db";
import { listPickupQueue } from "@/lib/fulfilment/queries";
import { staffRouteStore } from "@/lib/auth/route-auth";
import { currentStreamCaller } from "@/lib/auth/session";
import { storeChannel } from "@/lib/realtime/channels";
import { sseResponse } from "@/lib/realtime/sse";

/** Server-sent events for the store's pickup queue: a snapshot, then every order change. */
export async function GET(request: Request, { params }: { params: Promise<{ store: string }> }) {
  const storeCode = (await params).store;
  const store = await staffRouteStore(storeCode, "pickups:work");
  if (store instanceof Response) return store;
  const db = await getDb();
  return sseResponse(request, [storeChannel(store.id)], {
    initial: () => listPickupQueue(db, { storeId: store.id, timezone: store.timezone }),
    // Closes when the caller's session ends or they lose this store's pickups.
    caller: (await currentStreamCaller({ storeCode, permission: "pickups:work" })) ?? undefined,
  });
}
