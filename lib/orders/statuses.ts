import type { OrderStatus } from "@/db/schema";

export type { OrderStatus };

// Client-safe (no server imports): screens read OPEN_STATUSES too.

/** Pickup order lifecycle: the only moves allowed, from each status. */
export const PICKUP_TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  placed: ["picking", "cancelled"],
  picking: ["ready", "partially_ready", "cancelled"],
  partially_ready: ["collected", "cancelled"],
  ready: ["collected", "cancelled"],
  collected: [],
  cancelled: [],
  dispatched: [],
  delivered: [],
  completed: [],
};

export function canTransition(from: OrderStatus, to: OrderStatus) {
  return PICKUP_TRANSITIONS[from].includes(to);
}

/**
 * A pickup order still in the store's hands: the store holds its stock, staff work on it, a
 * curbside shopper can say they've arrived. The one list of "open" statuses.
 */
export const OPEN_STATUSES = ["placed", "picking", "partially_ready", "ready"] as const satisfies readonly OrderStatus[];

export type OpenStatus = (typeof OPEN_STATUSES)[number];

export function isOpenStatus(status: string): status is OpenStatus {
  return (OPEN_STATUSES as readonly string[]).includes(status);
}
