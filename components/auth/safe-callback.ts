/** Only same-site paths: a callbackUrl must never send someone to another website. */
export function safeCallbackUrl(value: string | string[] | undefined | null): string | null {
  const url = Array.isArray(value) ? value[0] : value;
  if (!url || !url.startsWith("/") || url.startsWith("//") || url.startsWith("/\\")) return null;
  return url;
}
