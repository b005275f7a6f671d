import "server-only";
import { cacheLife } from "next/cache";

/**
 * "Now" for cached pages that show the time of day (open or closed, today's hours): cached pages
 * can't read the clock directly, so they read it through this, kept one minute. A page that
 * shows it is regenerated in the background each minute.
 */
export async function cachedNow(): Promise<Date> {
  "use cache";
  // An expiry under five minutes would make every page that reads it dynamic.
  cacheLife({ stale: 60, revalidate: 60, expire: 3600 });
  return new Date();
}
