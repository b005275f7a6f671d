import path from "node:path";
import type { NextConfig } from "next";
import { STATIC_CSP, STATIC_SECURITY_HEADERS } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // PGlite ships WASM + data files and must be loaded by Node itself, never bundled;
  // argon2 is a native addon.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "@node-rs/argon2"],
  poweredByHeader: false,
  // What is the same for every shopper of a store is prerendered or rendered once, cached with
  // tags (lib/cache/tags.ts) and expired on every instance by the writes that change it.
  cacheComponents: true,
  // Links prefetch the static part of a page, not all of it (the default for new apps).
  partialPrefetching: true,
  // The "use cache" handler: Next's in-memory one, whose tag expiry the realtime hub can reach.
  cacheHandlers: { default: path.resolve("lib/cache/handler.mjs") },
  // The security headers of every response, prefetches included. The CSP is static: a
  // prerendered, cached page cannot carry a per-request nonce (lib/security/headers.ts).
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
