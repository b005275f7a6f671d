const formatters = new Map<string, Intl.DateTimeFormat>();

/** "Tue, Mar 3, 2:14 PM" in the store's time zone (stored times are UTC). */
export function formatStoreTime(date: Date | string, timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", month: "short", day: "numeric", hour: "numeric", minute: "2-digit" });
    formatters.set(timeZone, f);
  }
  return f.format(new Date(date)).replace(/\u202f/g, " ");
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** "Mar 3, 2026" in the store's time zone. */
export function formatStoreDate(date: Date | string, timeZone: string) {
  let f = dateFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, month: "short", day: "numeric", year: "numeric" });
    dateFormatters.set(timeZone, f);
  }
  return f.format(new Date(date));
}

export const CHANNEL_LABELS = { web: "Online", scan_and_go: "Scan & Go", kiosk: "Kiosk" } as const;

export function fulfilmentLabel(fulfilment: "delivery" | "pickup" | "curbside" | null) {
  if (fulfilment === "delivery") return "Delivery";
  if (fulfilment === "pickup") return "Pickup";
  if (fulfilment === "curbside") return "Curbside";
  return "In store";
}

export function cardLabel(brand: string | null, last4: string | null) {
  const names: Record<string, string> = { visa: "Visa", mastercard: "Mastercard", amex: "American Express", discover: "Discover" };
  const name = brand ? (names[brand] ?? "Card") : "Card";
  return last4 ? `${name} •••• ${last4}` : name;
}
