"use client";

import { useEffect, useState, type ComponentType } from "react";
import type { LiveCartCountProps } from "./cart-live";
import { CartLink } from "./cart-link";
import { goLive, onLive } from "./cart-query";

/**
 * The header's cart link with a live count. It starts from the count the server rendered; the
 * first time the cart changes on this page (add to cart, quantity, checkout) or the tab regains
 * focus (the same cart may have changed on the shopper's phone in store), it loads the cart's
 * TanStack Query cache (./cart-live) and follows it from then on, without a page reload. The
 * link itself never changes element, so nothing moves and keyboard focus stays put.
 */
export function CartBadge({ initialCount, className }: { initialCount: number; className?: string }) {
  const [Live, setLive] = useState<ComponentType<LiveCartCountProps> | null>(null);
  const [liveCount, setLiveCount] = useState<number | null>(null);

  useEffect(() => {
    const stop = onLive((module) => setLive(() => module.LiveCartCount));
    const wake = () => {
      if (document.visibilityState === "visible") void goLive();
    };
    window.addEventListener("focus", wake);
    document.addEventListener("visibilitychange", wake);
    return () => {
      stop();
      window.removeEventListener("focus", wake);
      document.removeEventListener("visibilitychange", wake);
    };
  }, []);

  return (
    <>
      <CartLink count={liveCount ?? initialCount} className={className} />
      {Live ? <Live initialCount={initialCount} onCount={setLiveCount} /> : null}
    </>
  );
}
