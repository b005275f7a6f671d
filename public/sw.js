/* Aisle in-store service worker: hand-written, no build step (works with any bundler).
 *
 * - Precaches the offline page and the app icons.
 * - Pages: network first; the in-store shell pages a shopper visited are kept for when the
 *   store's Wi-Fi drops; with no copy, the offline page.
 * - Hashed build assets (/_next/static) and product art: cache first (they never change).
 * - Never cached: anything not GET, /api (auth, SSE streams, JSON), server actions and RSC
 *   payloads, the pay and exit-pass pages (personal and short-lived), other origins.
 * - Signing out forgets the kept pages (they are the signed-in shopper's): the sign-out button
 *   deletes the `…-pages` caches and posts `{ type: "sign-out" }` here; a page that answers with
 *   the sign-in page (the session ended on another device) forgets them too.
 */
const VERSION = "aisle-sw-v1";
const PRECACHE = `${VERSION}-precache`;
const PAGES = `${VERSION}-pages`;
const ASSETS = `${VERSION}-assets`;
const OFFLINE_URL = "/offline";
const PRECACHE_URLS = [OFFLINE_URL, "/icons/icon-192.png", "/icons/icon-512.png", "/icon.svg"];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(PRECACHE)
      .then((cache) => cache.addAll(PRECACHE_URLS))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => !key.startsWith(VERSION)).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

function forgetPages() {
  return caches.keys().then((keys) => Promise.all(keys.filter((key) => key.endsWith("-pages")).map((key) => caches.delete(key))));
}

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "sign-out") event.waitUntil(forgetPages());
});

function neverCache(request, url) {
  if (request.method !== "GET") return true;
  if (url.origin !== self.location.origin) return true;
  if (url.pathname.startsWith("/api/")) return true; // auth, SSE, JSON
  if (request.headers.get("accept")?.includes("text/event-stream")) return true;
  if (request.headers.get("rsc") || request.headers.get("next-action") || url.searchParams.has("_rsc")) return true;
  return false;
}

/** In-store pages worth keeping for a Wi-Fi drop; never pay or exit-pass pages. */
function keepPage(url) {
  const path = url.pathname;
  if (/\/(pay|pass)(\/|$)/.test(path)) return false;
  return path === "/in-store" || path.startsWith("/in-store/") || path.startsWith("/q/");
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (neverCache(request, url)) return; // the browser handles it as if there were no worker

  if (request.mode === "navigate") {
    event.respondWith(
      (async () => {
        try {
          const response = await fetch(request);
          if (response.redirected && new URL(response.url).pathname === "/sign-in") {
            event.waitUntil(forgetPages());
            return response;
          }
          // Dynamic pages say no-store for shared caches; this copy stays on the shopper's own phone and is shown only offline.
          if (response.ok && response.type === "basic" && keepPage(url)) {
            const copy = response.clone();
            caches.open(PAGES).then((cache) => cache.put(request, copy));
          }
          return response;
        } catch {
          const cached = keepPage(url) ? await caches.match(request, { cacheName: PAGES }) : undefined;
          return cached ?? (await caches.match(OFFLINE_URL, { cacheName: PRECACHE })) ?? Response.error();
        }
      })(),
    );
    return;
  }

  if (url.pathname.startsWith("/_next/static/") || url.pathname.startsWith("/images/products/") || url.pathname.startsWith("/icons/")) {
    event.respondWith(
      (async () => {
        const cached = await caches.match(request);
        if (cached) return cached;
        const response = await fetch(request);
        if (response.ok) {
          const copy = response.clone();
          caches.open(ASSETS).then((cache) => cache.put(request, copy));
        }
        return response;
      })(),
    );
  }
});
