/**
 * The caller's network address, for abuse limits. The app's own HTTP server (scripts/serve.mjs)
 * rewrites `x-forwarded-for` on every request to exactly one address it trusts: the socket's peer,
 * or, behind a configured proxy (TRUST_PROXY=<hops>), the client those hops reported. So the
 * header's first value is the one to use; a client cannot choose it by sending the header.
 */
export const CLIENT_ADDRESS_HEADER = "x-forwarded-for";

type HeaderSource = Headers | Record<string, unknown> | undefined | null;

export function clientAddressOf(headers: HeaderSource): string | null {
  const raw = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers?.[CLIENT_ADDRESS_HEADER];
  const value = typeof raw === "string" ? raw.split(",")[0]?.trim() : "";
  // An address is short and printable; anything else is nobody's address (and never a rate-limit key).
  return value && value.length <= 64 && /^[0-9A-Za-z.:%_-]+$/.test(value) ? value : null;
}
