import type { OrderStatus } from "@/db/schema";

export type { OrderStatus };
import { AppError } from "@/lib/errors";

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

const why: Partial<Record<OrderStatus, string>> = {
  placed: "it hasn't been picked yet",
  picking: "it is still being picked",
  ready: "it is already ready",
  partially_ready: "it is already ready",
  collected: "it has already been collected",
  cancelled: "it was cancelled",
};

/** Throws a clear `conflict` when `from → to` isn't an allowed move. */
export function assertTransition(from: OrderStatus, to: OrderStatus, verb: string) {
  if (!canTransition(from, to)) {
    throw new AppError("conflict", `Can't ${verb}: ${why[from] ?? `the order is ${from.replace("_", " ")}`}.`);
  }
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
