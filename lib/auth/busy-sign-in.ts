import { errorResponse } from "@/lib/http/errors";
import { PASSWORD_BUSY_RETRY_AFTER_SECONDS, PasswordWorkBusy } from "./password";

/** The `error` the sign-in form receives when the password pool is full (lib/auth/password.ts): try again shortly. */
export const BUSY_SIGN_IN = "Busy";

/** The error next-auth put in its answer's target (`…/error?error=Busy`), from the JSON body or the Location header. */
async function signInErrorOf(response: Response): Promise<string | null> {
  let target = response.headers.get("location");
  if (!target && /application\/json/i.test(response.headers.get("content-type") ?? "")) {
    const body: unknown = await response
      .clone()
      .json()
      .catch(() => null);
    target = typeof (body as { url?: unknown } | null)?.url === "string" ? (body as { url: string }).url : null;
  }
  if (!target) return null;
  try {
    return new URL(target, "http://localhost").searchParams.get("error");
  } catch {
    return null;
  }
}

/**
 * next-auth answers every refused credentials sign-in with 401 (or a 302 to its error page),
 * whatever the reason. A sign-in refused because the password pool was full is no wrong
 * password: it is answered 503 with Retry-After. The JSON answer keeps next-auth's `{ url }` body
 * (the sign-in form reads its `error=Busy`); a plain form post gets the one error body.
 */
export async function withBusySignInStatus(response: Response): Promise<Response> {
  if (response.status !== 401 && response.status !== 302) return response;
  if ((await signInErrorOf(response)) !== BUSY_SIGN_IN) return response;
  const retryAfter = String(PASSWORD_BUSY_RETRY_AFTER_SECONDS);
  if (response.status === 302) {
    const answer = errorResponse(new PasswordWorkBusy(), { headers: { "Retry-After": retryAfter } });
    for (const cookie of response.headers.getSetCookie()) answer.headers.append("set-cookie", cookie);
    return answer;
  }
  const headers = new Headers(response.headers);
  headers.set("Retry-After", retryAfter);
  return new Response(response.body, { status: 503, headers });
}
