"use client";

import { useEffect } from "react";
import { rememberStoreAction } from "@/lib/in-store/actions";

const REMEMBERED = "aisle.rememberedStore";

/**
 * Makes the scanned label's store the shopper's store, without delaying the page. The page is
 * cached for every shopper, so it can't know the shopper's cookie: the tab remembers which store
 * it already told the server about, and tells it once per store.
 */
export function RememberStore({ storeCode }: { storeCode: string }) {
  useEffect(() => {
    try {
      if (sessionStorage.getItem(REMEMBERED) === storeCode) return;
      sessionStorage.setItem(REMEMBERED, storeCode);
    } catch {
      // Storage refused (private mode): tell the server every time instead.
    }
    void rememberStoreAction({ storeCode });
  }, [storeCode]);
  return null;
}
