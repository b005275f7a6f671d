"use client";

import { useCallback } from "react";

// The header badge's TanStack Query cache (./cart-live) is not part of the first load: it is
// imported the first time the cart changes or the tab regains focus, and the badge (which the
// server rendered with the right count) switches to it then. Until that moment nothing can
// have changed the cart from this page, so the server's count is the live one.
const loadLive = () => import("./cart-live");
type Live = Awaited<ReturnType<typeof loadLive>>;
const listeners = new Set<(live: Live) => void>();
let live: Promise<Live> | null = null;

/** Loads the cart's query cache once and tells every badge on the page to follow it. */
export function goLive(): Promise<Live> {
  live ??= loadLive().then((module) => {
    for (const listener of listeners) listener(module);
    return module;
  });
  return live;
}

/** Called with the live module once it has loaded (at once when it already has). */
export function onLive(listener: (live: Live) => void): () => void {
  listeners.add(listener);
  void live?.then(listener);
  return () => listeners.delete(listener);
}

/** After a cart change: sets the badge's count at once and refetches the subtotal. */
export function cartChanged(count?: number) {
  return goLive().then((module) => module.applyCartChange(count));
}

export function useCartChanged() {
  return useCallback((count?: number) => void cartChanged(count), []);
}
