/** Only same-site paths: a callbackUrl must never send someone to another website. */
export function safeCallbackUrl(value: string | string[] | undefined | null): string | null {
  const url = Array.isArray(value) ? value[0] : value;
  if (!url || !url.startsWith("/") || url.startsWith("//") || url.startsWith("/\\")) return null;
  // Browsers drop tabs and newlines from URLs and read "\" as "/": "/\t/evil.example" would
  // become "//evil.example", another website. (A newline would also break the Location header.)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  if (/[\u0000-\u001f\u007f\\]/.test(url)) return null;
  return url;
}

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
