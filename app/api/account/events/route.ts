import { shopperRouteUser } from "@/lib/auth/route-auth";
import { currentStreamCaller } from "@/lib/auth/session";
import { userChannel } from "@/lib/realtime/channels";
import { sseResponse } from "@/lib/realtime/sse";

/** Live updates for the signed-in shopper's account page: a new in-app message (order ready, cancelled…). Closes when the session ends. */
export async function GET(request: Request) {
  const user = await shopperRouteUser();
  if (user instanceof Response) return user;
  return sseResponse(request, [userChannel(user.id)], { initial: async () => ({}), caller: (await currentStreamCaller()) ?? undefined });
}
