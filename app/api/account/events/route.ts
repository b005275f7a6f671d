import { getCurrentUser } from "@/lib/auth/session";
import { userChannel } from "@/lib/realtime/channels";
import { sseResponse } from "@/lib/realtime/sse";

export const dynamic = "force-dynamic";

/** Live updates for the signed-in shopper's account page: a new in-app message (order ready, cancelled…). */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthorized", message: "Sign in to continue." }, { status: 401 });
  return sseResponse(request, [userChannel(user.id)], { initial: async () => ({}) });
}
