import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions, desktop, phone } from "./e2e/chromium";
import { e2eBaseUrl, e2eDataDir, e2ePort } from "./e2e/server";

const ci = !!process.env.CI;

/**
 * End-to-end tests against the production build (`npm run build` first; `npm run test:e2e`
 * does both). One project per persona; a spec picks its persona by its file name:
 *   *.phone.spec.ts → shopper-phone, *.staff.spec.ts → staff, any other *.spec.ts → shopper-web.
 * Each depends on "setup" (e2e/auth.setup.ts), which signs in once per demo persona and saves
 * the session under test-results/.auth/ for specs that start signed in (fixtures/session.ts authFile).
 */
export default defineConfig({
  testDir: "./e2e",
  // Only Playwright's own artefacts go here: it empties the folder on every run, and
  // test-results/ also holds the vitest and Playwright JSON reports.
  outputDir: "test-results/playwright",
  fullyParallel: true,
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  workers: 2,
  // Ceilings, not targets: a busy 2-core machine can be slow to sign in (argon2) or render.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL: e2eBaseUrl,
    browserName: "chromium",
    launchOptions: chromiumLaunchOptions,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts$/, use: { ...desktop } },
    {
      name: "shopper-web",
      testMatch: /\.spec\.ts$/,
      testIgnore: [/\.phone\.spec\.ts$/, /\.staff\.spec\.ts$/, /sessions\.spec\.ts$/],
      use: { ...desktop },
      dependencies: ["setup"],
    },
    { name: "shopper-phone", testMatch: /\.phone\.spec\.ts$/, use: { ...phone }, dependencies: ["setup"] },
    { name: "staff", testMatch: /\.staff\.spec\.ts$/, use: { ...desktop }, dependencies: ["setup"] },
    // "Sign out everywhere" ends a demo account's sessions on every device: run it after every
    // other spec, so no spec signed in as that account loses its session halfway.
    { name: "sessions", testMatch: /sessions\.spec\.ts$/, use: { ...desktop }, dependencies: ["shopper-web", "shopper-phone", "staff"] },
  ],
  webServer: {
    // A fresh embedded database every run: the first start runs initdb, the migrations and
    // the demo seed, so the tests see exactly the demo data. The app's own server
    // (scripts/serve.mjs), as `npm start` runs it: no TRUST_PROXY, so the socket is the client.
    command: `rm -rf "${e2eDataDir}" "${e2eDataDir}.lock" && exec node scripts/serve.mjs --port ${e2ePort}`,
    url: `${e2eBaseUrl}/api/auth/session`,
    env: {
      PORT: String(e2ePort),
      PGLITE_DIR: e2eDataDir,
      DATABASE_URL: "",
      APP_URL: e2eBaseUrl,
      TRUST_PROXY: "",
      // Open SSE streams re-check their caller every second (default 30 s), so e2e/sessions.spec.ts sees a revoked one close promptly.
      SSE_RECHECK_MS: "1000",
      // Every spec signs up and pays from 127.0.0.1, so the per-client sign-up and decline limits (one
      // client in production) are raised; the per-account, per-card and password-pool limits stay.
      SIGN_UP_LIMIT_PER_CLIENT: "100000",
      SIGN_UP_LIMIT_GLOBAL: "100000",
      PAYMENT_DECLINES_PER_CLIENT: "100000",
      PAYMENT_DECLINES_PER_CARD: "100000",
    },
    reuseExistingServer: !ci,
    timeout: 300_000,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM lets the app close PGlite and release its data-folder lock.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
