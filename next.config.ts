import type { NextConfig } from "next";
import { STATIC_CSP, STATIC_SECURITY_HEADERS } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // PGlite ships WASM + data files and must be loaded by Node itself, never bundled;
  // argon2 is a native addon.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "@node-rs/argon2"],
  poweredByHeader: false,
  // The static security headers on every route, with a nonce-less CSP: prefetch requests
  // (`Purpose: prefetch`, `Next-Router-Prefetch`) skip proxy.ts, and came back with none.
  // proxy.ts replaces the CSP with its per-request nonce policy wherever it runs.
  async headers() {
    const headers = Object.entries({ ...STATIC_SECURITY_HEADERS, "content-security-policy": STATIC_CSP }).map(([key, value]) => ({ key, value }));
    return [{ source: "/:path*", headers }];
  },
  // next-intl's request config, wired by hand: its plugin would add a webpack config, which
  // fails a Turbopack build.
  turbopack: { resolveAlias: { "next-intl/config": "./lib/i18n/request.ts" } },
  // forbidden() renders app/forbidden.tsx with a 403 for signed-in users without access.
  experimental: { authInterrupts: true },
};

export default nextConfig;
