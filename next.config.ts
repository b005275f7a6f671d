import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WASM + data files and must be loaded by Node itself, never bundled;
  // argon2 is a native addon.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "@node-rs/argon2"],
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with a 403 for signed-in users without access.
  experimental: { authInterrupts: true },
};

export default nextConfig;
