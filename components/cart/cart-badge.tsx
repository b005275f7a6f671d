"use client";

import { useEffect, useState, type ComponentType } from "react";
import { CartLink } from "./cart-link";
import { goLive, onLive } from "./cart-query";

type BadgeProps = { initialCount: number; className?: string };

/**
 * The header's cart link with a live count. It starts from the count the server rendered; the
 * first time the cart changes on this page (add to cart, quantity, checkout) or the tab regains
 * focus (the same cart may have changed on the shopper's phone in store), it loads the cart's
 * TanStack Query cache (./cart-live) and follows it from then on, without a page reload. The
 * markup is the same either way, so the switch moves nothing.
 */
export function CartBadge(props: BadgeProps) {
  const [Live, setLive] = useState<ComponentType<BadgeProps> | null>(null);

  useEffect(() => {
    const stop = onLive((module) => setLive(() => module.LiveCartBadge));
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

  return Live ? <Live {...props} /> : <CartLink count={props.initialCount} className={props.className} />;
}
