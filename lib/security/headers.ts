/**
 * The security headers of every response. Scripts run only with this request's nonce
 * ('strict-dynamic' lets Next's nonced scripts load their chunks), so an injected <script> or
 * inline handler never runs. Styles allow inline style attributes: components set CSS
 * variables and sizes through `style`.
 *
 * Two layers: next.config.ts sends the static ones (and a nonce-less CSP) on every route,
 * including the prefetch requests proxy.ts never sees; proxy.ts replaces the CSP with this
 * request's nonce policy (and adds HSTS over HTTPS) for everything it handles.
 */
const POLICY = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** The headers that never change between requests (lower-case names: one spelling wherever they are set). */
export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  // The in-store scanner needs the camera on our own pages; nothing else needs devices.
  "permissions-policy": "camera=(self), microphone=(), geolocation=(self), payment=()",
};

/**
 * The fallback policy where no nonce was made (responses proxy.ts never sees): scripts only from
 * our own files, no inline script at all. Safe, if stricter than a page needs.
 */
export const STATIC_CSP = [POLICY[0], "script-src 'self'", ...POLICY.slice(1)].join("; ");

export function securityHeaders({ nonce, https, development }: { nonce: string; https: boolean; development: boolean }) {
  const csp = [
    POLICY[0],
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    ...POLICY.slice(1),
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");

  const headers: Record<string, string> = { "content-security-policy": csp, ...STATIC_SECURITY_HEADERS };
  // HSTS only means something over HTTPS; sent over plain HTTP it would be ignored anyway.
  if (https) headers["strict-transport-security"] = "max-age=63072000; includeSubDomains";
  return headers;
}
