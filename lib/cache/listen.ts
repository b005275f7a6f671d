import "server-only";
import { subscribe } from "@/lib/realtime/hub";
import { CACHE_CHANNEL } from "@/lib/realtime/channels";
import { cacheTags } from "./tags";

type ExpireTags = (tags: string[]) => Promise<void>;

/**
 * A page render that read the data before the write committed and stores its result after the
 * expiry arrived would be kept as fresh. Expiring the same tags once more a moment later (far
 * longer than a cached page takes to render) drops any such entry.
 */
const SECOND_EXPIRY_MS = 1_000;

/** What lib/cache/handler.mjs registered (absent in tests and until the first cached read loads it). */
function expireTagsHere(tags: string[]) {
  const expire = (globalThis as Record<symbol, ExpireTags | undefined>)[Symbol.for("aisle.cache.expireTags")];
  return expire ? expire(tags) : Promise.resolve();
}

/**
 * Expires this instance's cached reads when any instance's write says so (expireCache, sent in
 * that write's transaction). A lost LISTEN connection may have missed some: on `resync`
 * everything cached is expired, so no instance keeps showing stock the ledger no longer has.
 */
export function startCacheInvalidationListener() {
  return subscribe(CACHE_CHANNEL, (message) => {
    if (message.type === "resync") {
      void expireTagsHere([cacheTags.all]);
      return;
    }
    const tags = message.data?.tags;
    if (message.type !== "expire" || !Array.isArray(tags)) return;
    const names = tags.filter((tag): tag is string => typeof tag === "string");
    void expireTagsHere(names);
    setTimeout(() => void expireTagsHere(names), SECOND_EXPIRY_MS).unref();
  });
}
