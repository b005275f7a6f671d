import NextAuth from "next-auth";
import { withBusySignInStatus } from "@/lib/auth/busy-sign-in";
import { getAuthOptions } from "@/lib/auth/options";
import { errorResponse } from "@/lib/http/errors";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

/** next-auth parses a JSON body itself and answers 500 when it isn't a JSON object. */
async function unreadableJson(request: Request): Promise<boolean> {
  if (request.method !== "POST" || !/application\/json/i.test(request.headers.get("content-type") ?? "")) return false;
  try {
    const body: unknown = await request.clone().json();
    return body === null || typeof body !== "object" || Array.isArray(body);
  } catch {
    return true;
  }
}

async function handler(request: Request, context: RouteContext) {
  if (await unreadableJson(request)) {
    return errorResponse({ code: "invalid_input", message: "The request body must be a JSON object." });
  }
  // A full password pool is "come back in a moment" (503, Retry-After), not a wrong password (401).
  return withBusySignInStatus(await NextAuth(getAuthOptions())(request, context));
}

export { handler as GET, handler as POST };
