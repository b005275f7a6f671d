import { getDb } from "@/lib/db";
import { listPickupQueue } from "@/lib/fulfilment/queries";
import { staffRouteStore } from "@/lib/auth/route-auth";

/** The live queue as JSON (the dashboard refetches it when an event arrives). */
export async function GET(_request: Request, { params }: { params: Promise<{ store: string }> }) {
  const store = await staffRouteStore((await params).store, "pickups:work");
  if (store instanceof Response) return store;
  const queue = await listPickupQueue(await getDb(), { storeId: store.id, timezone: store.timezone });
  return Response.json(queue, { headers: { "Cache-Control": "no-store" } });
}
