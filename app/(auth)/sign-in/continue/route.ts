import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getStoreById } from "@/lib/stores/queries";

/**
 * After sign-in without a callbackUrl: each role lands on its own home. The Location is a path:
 * a route handler's request.url names the host Next was started with (localhost), not the one
 * the browser used, and the session cookie only exists on the latter.
 */
export async function GET() {
  const user = await getCurrentUser();
  const to = (path: string) => new Response(null, { status: 303, headers: { Location: path } });
  if (!user) return to("/sign-in");
  if (user.role === "admin") return to("/admin");
  if ((user.role === "associate" || user.role === "manager") && user.storeId) {
    const store = await getStoreById(await getDb(), { id: user.storeId });
    if (store) return to(`/staff/${store.code}`);
  }
  return to("/");
}
