import { safeCallbackUrl } from "@/lib/auth/safe-callback";

/**
 * next-auth's `callbacks.redirect`: same origin only. Its default throws on a value that is no
 * URL, and it reads that value from the `next-auth.callback-url` cookie on every session check,
 * so one bad cookie made every page answer 500. Anything that is not a clean same-site path or
 * a same-origin URL sends the person home instead.
 */
export function sameOriginRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  const path = safeCallbackUrl(url);
  if (path) return `${baseUrl}${path}`;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  if (typeof url !== "string" || /[\u0000-\u001f\u007f\\]/.test(url)) return baseUrl;
  try {
    const target = new URL(url);
    return target.origin === new URL(baseUrl).origin ? target.href : baseUrl;
  } catch {
    return baseUrl;
  }
}
