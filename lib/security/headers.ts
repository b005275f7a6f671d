/**
 * The security headers of every response (set in proxy.ts). Scripts run only with this
 * request's nonce ('strict-dynamic' lets Next's nonced scripts load their chunks), so an
 * injected <script> or inline handler never runs. Styles allow inline style attributes:
 * components set CSS variables and sizes through `style`.
 */
export function securityHeaders({ nonce, https, development }: { nonce: string; https: boolean; development: boolean }) {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
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
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");

  const headers: Record<string, string> = {
    "Content-Security-Policy": csp,
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    // The in-store scanner needs the camera on our own pages; nothing else needs devices.
    "Permissions-Policy": "camera=(self), microphone=(), geolocation=(self), payment=()",
  };
  // HSTS only means something over HTTPS; sent over plain HTTP it would be ignored anyway.
  if (https) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}
