"use client";

import { useEffect } from "react";

/** Registers the in-store service worker (offline page, cached shell) once the page is idle. */
export function RegisterServiceWorker() {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    const register = () => navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
    if (document.readyState === "complete") register();
    else window.addEventListener("load", register, { once: true });
  }, []);
  return null;
}

/**
 * Forgets the in-store pages public/sw.js kept for a Wi-Fi drop (its `…-pages` caches): they are
 * the signed-in shopper's, so signing out must not leave them for the next person on the phone.
 * Deleted from the page itself (the same origin's caches), so it works whether or not a worker
 * controls the page yet, and told to the worker too, which drops anything it is still writing.
 */
export function forgetOfflinePages() {
  if (typeof window === "undefined") return;
  navigator.serviceWorker?.controller?.postMessage({ type: "sign-out" });
  if (!("caches" in window)) return;
  void caches
    .keys()
    .then((keys) => Promise.all(keys.filter((key) => key.endsWith("-pages")).map((key) => caches.delete(key))))
    .catch(() => undefined);
}
