import "server-only";
import { cacheLife } from "next/cache";

/** The footer's copyright year: cached pages can't read the clock, so it comes from a cached read of it. */
export async function copyrightYear(): Promise<string> {
  "use cache";
  cacheLife("days");
  return String(new Date().getFullYear());
}
