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
