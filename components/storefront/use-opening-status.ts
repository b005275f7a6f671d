"use client";

import { useEffect, useState } from "react";
import { getOpeningStatus, type OpeningHours, type OpeningStatus } from "@/lib/stores/hours";

/**
 * A store's "Open until 10 pm", judged by this browser's clock on the store's wall clock. The
 * page around it is cached for every shopper, so the status can't be rendered into it: it is
 * null until mounted, then kept current each minute.
 */
export function useOpeningStatus(hours: OpeningHours, timezone: string): OpeningStatus | null {
  const [status, setStatus] = useState<OpeningStatus | null>(null);
  useEffect(() => {
    const update = () => setStatus(getOpeningStatus(hours, timezone));
    update();
    const timer = window.setInterval(update, 60_000);
    return () => window.clearInterval(timer);
  }, [hours, timezone]);
  return status;
}
