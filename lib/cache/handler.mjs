// The "use cache" handler of every instance: Next's own in-memory handler, with one addition —
// it exposes its tag expiry on globalThis, so lib/cache/listen.ts can expire tags when another
// instance's write says so (the hub delivers it). Next's default handler and its page cache
// share one tags manifest, so expiring a tag here also expires the cached pages that carry it.
import { createDefaultCacheHandler } from "next/dist/server/lib/cache-handlers/default.js";

const handler = createDefaultCacheHandler(64 * 1024 * 1024);

globalThis[Symbol.for("aisle.cache.expireTags")] = (tags) => handler.updateTags(tags);

export default handler;
