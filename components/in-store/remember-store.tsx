"use client";

import { useEffect } from "react";
import { rememberStoreAction } from "@/lib/in-store/actions";

/** Makes the scanned label's store the shopper's store, without delaying the page. */
export function RememberStore({ storeCode, current }: { storeCode: string; current: string | null }) {
  useEffect(() => {
    if (current !== storeCode) void rememberStoreAction({ storeCode });
  }, [storeCode, current]);
  return null;
}
