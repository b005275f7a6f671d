import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getStoreById } from "@/lib/stores/queries";

/** After sign-in without a callbackUrl: each role lands on its own home. */
export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  const to = (path: string) => NextResponse.redirect(new URL(path, request.url), 303);
  if (!user) return to("/sign-in");
  if (user.role === "admin") return to("/admin");
  if ((user.role === "associate" || user.role === "manager") && user.storeId) {
    const store = await getStoreById(await getDb(), { id: user.storeId });
    if (store) return to(`/staff/${store.code}`);
  }
  return to("/");
}
