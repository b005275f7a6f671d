import { getDatabase } from "@/lib/db";
import { getAppSecret } from "@/lib/auth/secret";
import { isDemoMode, productionConfigProblem, publicOrigin } from "@/lib/security/deployment";

export { isDemoMode };

/** Runs once per server process before it serves: secrets, migrations, demo data. */
export async function startAisle() {
  // A production deployment must be told its public address, as it must be told its secret.
  const problem = productionConfigProblem();
  if (problem) {
    console.error(`[aisle] cannot start: ${problem}`);
    process.exit(1);
  }
  // next-auth's URLs come from APP_URL, never from the request's Host or X-Forwarded-Host.
  process.env.NEXTAUTH_URL = publicOrigin();
  delete process.env.AUTH_TRUST_HOST;
  process.env.NEXTAUTH_SECRET ??= getAppSecret();

  const started = Date.now();
  const database = await getDatabase().catch((error: unknown) => {
    // Serving without a database would only answer 500s (e.g. a second start on the same
    // embedded data folder): say why and stop, so the process manager sees the failure.
    console.error(`[aisle] cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }); // applies pending migrations
  console.log(`[aisle] ${database.kind === "pglite" ? "embedded PGlite" : "PostgreSQL"} ready, migrations applied (${Date.now() - started} ms)`);

  if (isDemoMode()) {
    const { seedDemoData } = await import("@/lib/demo/seed");
    const { demoAccounts, DEMO_PASSWORD } = await import("@/lib/demo/accounts");
    const seeded = Date.now();
    await seedDemoData(database.db);
    console.log(`[aisle] demo data ready (${Date.now() - seeded} ms). Demo accounts, password "${DEMO_PASSWORD}":`);
    for (const account of demoAccounts) {
      console.log(`[aisle]   ${account.email.padEnd(28)} ${account.role}${account.storeCode ? ` · store ${account.storeCode}` : ""}`);
    }
  }

  // Delivers the notification outbox (in-app + e-mail); woken by the outbox event on commit.
  const { startNotificationWorker } = await import("@/lib/notifications/worker");
  startNotificationWorker();
  // Flags, then cancels, ready pickup orders nobody collected (store setting uncollected_days).
  const { startUncollectedSweeper } = await import("@/lib/fulfilment/uncollected");
  startUncollectedSweeper();
  // Keeps the realtime event log (catch-up after a lost connection) to its retention window.
  const { startEventPruner } = await import("@/lib/realtime/log");
  startEventPruner();
  // Ends kiosk hand-overs when they lapse and tells the phone and the kiosk then, live.
  const { startKioskHandoverExpiry } = await import("@/lib/in-store/kiosk/expiry");
  startKioskHandoverExpiry();

  // Expires this instance's cached pages and reads when any instance's write changes them.
  const { startCacheInvalidationListener } = await import("@/lib/cache/listen");
  startCacheInvalidationListener();

  // Close the embedded database cleanly so its folder and lock are released.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      database.close().finally(() => process.exit(0));
    });
  }
}
