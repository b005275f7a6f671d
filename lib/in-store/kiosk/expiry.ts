import type { Db } from "@/lib/db";
import { expireHandovers } from "./service";

/** The longest the sweep sleeps: a hand-over started on another instance is seen within it. */
const SWEEP_INTERVAL_MS = Number(process.env.KIOSK_EXPIRY_SWEEP_MS) || 60_000;
/** The shortest: a burst of expiries is not swept in a tight loop. */
const MIN_DELAY_MS = 250;

const globalForExpiry = globalThis as unknown as { aisleKioskExpiry?: () => void };

/**
 * Ends lapsed kiosk hand-overs and tells their phones and kiosks (expireHandovers) at the
 * moment they lapse: after each sweep it sleeps until the next known expiry, at most
 * `intervalMs`. Every instance may run it. Returns a stop function.
 */
export function startHandoverExpiry({ db, intervalMs = SWEEP_INTERVAL_MS }: { db?: Db; intervalMs?: number } = {}): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(run, Math.min(intervalMs, Math.max(MIN_DELAY_MS, delayMs)));
    timer.unref?.();
  };
  const run = async () => {
    let delay = intervalMs;
    try {
      const database = db ?? (await (await import("@/lib/db")).getDb());
      const { expired, nextExpiryAt } = await expireHandovers(database);
      if (expired.length) console.log(`[kiosk] ${expired.length} hand-over${expired.length === 1 ? "" : "s"} lapsed; phones told`);
      if (nextExpiryAt) delay = nextExpiryAt.getTime() - Date.now() + 50;
    } catch (error) {
      console.error("[kiosk] hand-over expiry sweep failed:", (error as Error).message);
    }
    schedule(delay);
  };
  void run();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/** The app's one sweep per process (lib/startup.ts). */
export function startKioskHandoverExpiry() {
  globalForExpiry.aisleKioskExpiry ??= startHandoverExpiry();
}
