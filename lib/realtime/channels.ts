/**
 * Logical channel names. Every event travels on ONE PostgreSQL channel (PG_CHANNEL) with the
 * logical channel inside the payload, so a process LISTENs once, whatever it subscribes to.
 * This file has no server imports: client components may use the names too.
 */
export const PG_CHANNEL = "aisle_events";

export const storeChannel = (storeId: string) => `store:${storeId}`;
export const orderChannel = (orderId: string) => `order:${orderId}`;
export const userChannel = (userId: string) => `user:${userId}`;
/** Wakes the notification delivery worker on every instance. */
export const OUTBOX_CHANNEL = "outbox";
/** Expires cached reads on every instance (lib/cache). */
export const CACHE_CHANNEL = "cache";

/** What a subscriber receives. `type: "resync"` means events may have been missed: reload state. */
export type RealtimeMessage = {
  /** The event's id in the event log (absent on `resync`); increases with each event. */
  id?: number;
  channel: string;
  type: string;
  data?: Record<string, unknown>;
};

export type RealtimeListener = (message: RealtimeMessage) => void;
