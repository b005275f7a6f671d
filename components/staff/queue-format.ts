import type { QueueOrder } from "@/lib/fulfilment/queries";
import { formatStoreClock, formatStoreWeekday } from "@/lib/format";
import { isOpenStatus } from "@/lib/orders/statuses";

export type QueueTab = "new" | "picking" | "ready" | "curbside" | "collected" | "cancelled";

export const QUEUE_TABS: { id: QueueTab; label: string }[] = [
  { id: "new", label: "New" },
  { id: "picking", label: "Picking" },
  { id: "ready", label: "Ready" },
  { id: "curbside", label: "At curbside" },
  { id: "collected", label: "Collected today" },
  { id: "cancelled", label: "Cancelled" },
];

export function isWaitingAtCurbside(order: QueueOrder) {
  return order.fulfilment === "curbside" && order.curbsideArrivedAt !== null && isOpenStatus(order.status);
}

export function tabOf(order: QueueOrder): QueueTab {
  if (order.status === "placed") return "new";
  if (order.status === "picking") return "picking";
  if (order.status === "ready" || order.status === "partially_ready") return "ready";
  if (order.status === "collected") return "collected";
  return "cancelled";
}

export function ordersIn(tab: QueueTab, orders: QueueOrder[]) {
  if (tab === "curbside") {
    return orders.filter(isWaitingAtCurbside).sort((a, b) => a.curbsideArrivedAt!.localeCompare(b.curbsideArrivedAt!));
  }
  return orders.filter((order) => tabOf(order) === tab);
}

export type Due = { tone: "success" | "warning" | "danger"; label: string } | null;

/** On time / due soon (within 30 min) / late — only while the store still has work to do. */
export function dueIndicator(order: QueueOrder, now: number): Due {
  if (!order.dueAt || !isOpenStatus(order.status)) return null;
  const due = Date.parse(order.dueAt);
  if (order.status === "ready" || order.status === "partially_ready") {
    return now - due > 24 * 60 * 60_000 ? { tone: "danger", label: "Not collected" } : null;
  }
  if (now > due) return { tone: "danger", label: "Late" };
  if (due - now <= 30 * 60_000) return { tone: "warning", label: "Due soon" };
  return { tone: "success", label: "On time" };
}

export function minutesSince(iso: string, now: number) {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / 60_000));
}

export function formatAge(minutes: number) {
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} days`;
}

export function formatSlot(order: QueueOrder, timeZone: string) {
  if (!order.slotStartsAt || !order.slotEndsAt) return "No slot";
  const day = formatStoreWeekday(order.slotStartsAt, timeZone);
  const today = formatStoreWeekday(new Date(), timeZone);
  return `${day === today ? "" : `${day} `}${formatStoreClock(order.slotStartsAt, timeZone)}–${formatStoreClock(order.slotEndsAt, timeZone)}`;
}
