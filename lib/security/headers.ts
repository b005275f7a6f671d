/**
 * The security headers of every response. Styles allow inline style attributes: components set
 * CSS variables and sizes through `style`. Nothing loads from another origin, no object, no
 * framing, forms post only to us.
 *
 * Two layers: next.config.ts sends the static ones on every route, including the prefetch
 * requests proxy.ts never sees; proxy.ts adds HSTS and upgrade-insecure-requests over HTTPS.
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
 * Scripts: our own files, and Next's inline bootstrap scripts. Pages are prerendered and served
 * from cache (Cache Components), so a per-request nonce cannot be part of them; React escapes
 * every value it renders, and no page renders HTML it was sent. Development adds 'unsafe-eval'
 * for React's dev tooling.
 */
function scriptSrc(development: boolean) {
  return `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`;
}

/** The policy next.config.ts sends on every response (proxy.ts adds upgrade-insecure-requests over HTTPS). */
export const STATIC_CSP = [POLICY[0], scriptSrc(false), ...POLICY.slice(1)].join("; ");

export function securityHeaders({ https, development }: { https: boolean; development: boolean }) {
  const csp = [POLICY[0], scriptSrc(development), ...POLICY.slice(1), ...(https ? ["upgrade-insecure-requests"] : [])].join("; ");

  const headers: Record<string, string> = { "content-security-policy": csp, ...STATIC_SECURITY_HEADERS };
  // HSTS only means something over HTTPS; sent over plain HTTP it would be ignored anyway.
  if (https) headers["strict-transport-security"] = "max-age=63072000; includeSubDomains";
  return headers;
}
