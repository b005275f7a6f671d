import type { QueueOrder } from "@/lib/fulfilment/queries";
import { formatStoreClock, formatStoreWeekday } from "@/lib/format";
import { isOpenStatus } from "@/lib/orders/statuses";

export type QueueTab = "new" | "picking" | "ready" | "curbside" | "collected" | "cancelled";

/** The queue's tabs in order; their names are `pickupsClient.tabs.<id>`. */
export const QUEUE_TABS: QueueTab[] = ["new", "picking", "ready", "curbside", "collected", "cancelled"];

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

/** The due badge; its text is `pickupsClient.due.<kind>`. */
export type Due = { tone: "success" | "warning" | "danger"; kind: "notCollected" | "late" | "dueSoon" | "onTime" } | null;

/** On time / due soon (within 30 min) / late — only while the store still has work to do. */
export function dueIndicator(order: QueueOrder, now: number): Due {
  if (!order.dueAt || !isOpenStatus(order.status)) return null;
  const due = Date.parse(order.dueAt);
  if (order.status === "ready" || order.status === "partially_ready") {
    return now - due > 24 * 60 * 60_000 ? { tone: "danger", kind: "notCollected" } : null;
  }
  if (now > due) return { tone: "danger", kind: "late" };
  if (due - now <= 30 * 60_000) return { tone: "warning", kind: "dueSoon" };
  return { tone: "success", kind: "onTime" };
}

export function minutesSince(iso: string, now: number) {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / 60_000));
}

/** How long ago, in the unit a glance needs; the words are `pickupsClient.age.<key>` with these values. */
export type Age =
  { key: "justNow" } | { key: "minutes"; minutes: number } | { key: "hours"; hours: number; minutes: number } | { key: "days"; days: number };

export function ageOf(minutes: number): Age {
  if (minutes < 1) return { key: "justNow" };
  if (minutes < 60) return { key: "minutes", minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return { key: "hours", hours, minutes: minutes % 60 };
  return { key: "days", days: Math.floor(hours / 24) };
}

/** The slot's times (with the weekday when it isn't today), or null when the order has none. */
export function formatSlot(order: Pick<QueueOrder, "slotStartsAt" | "slotEndsAt">, timeZone: string) {
  if (!order.slotStartsAt || !order.slotEndsAt) return null;
  const day = formatStoreWeekday(order.slotStartsAt, timeZone);
  const today = formatStoreWeekday(new Date(), timeZone);
  return `${day === today ? "" : `${day} `}${formatStoreClock(order.slotStartsAt, timeZone)}–${formatStoreClock(order.slotEndsAt, timeZone)}`;
}
