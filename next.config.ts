import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WASM + data files and must be loaded by Node itself, never bundled;
  // argon2 is a native addon.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "@node-rs/argon2"],
  poweredByHeader: false,
  // next-intl's request config, wired by hand: its plugin would add a webpack config, which
  // fails a Turbopack build.
  turbopack: { resolveAlias: { "next-intl/config": "./lib/i18n/request.ts" } },
  // forbidden() renders app/forbidden.tsx with a 403 for signed-in users without access.
  experimental: { authInterrupts: true },
};

export default nextConfig;
