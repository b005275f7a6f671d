import { getStoreClock } from "@/lib/stores/hours";

// The one set of Intl helpers: money, numbers, and dates and times on the store's wall clock
// (stored times are UTC). Client-safe; formatters are built once per time zone and style.

export { formatMoney } from "@/lib/pricing/money";

const LOCALE = "en-US";

const numberFormat = new Intl.NumberFormat(LOCALE);

/** 12345 → "12,345". */
export function formatNumber(value: number) {
  return numberFormat.format(value);
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function storeFormatter(timeZone: string, style: string, options: Intl.DateTimeFormatOptions) {
  const key = `${timeZone}:${style}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALE, { timeZone, ...options });
    dateFormatters.set(key, formatter);
  }
  return formatter;
}

const TIME: Intl.DateTimeFormatOptions = { hour: "numeric", minute: "2-digit" };

/** "3:30 PM" on the store's wall clock. */
export function formatStoreClock(date: Date | string, timeZone: string) {
  return storeFormatter(timeZone, "time", TIME).format(new Date(date));
}

/** "3:30 PM" when `date` is the store's today, else "Tue, Mar 3, 3:30 PM" (due times). */
export function formatStoreTimeOrDay(date: Date, timeZone: string, now: Date = new Date()) {
  const time = formatStoreClock(date, timeZone);
  const a = getStoreClock(timeZone, date);
  const b = getStoreClock(timeZone, now);
  if (a.year === b.year && a.month === b.month && a.day === b.day) return time;
  const day = storeFormatter(timeZone, "weekday-date", { weekday: "short", month: "short", day: "numeric" }).format(date);
  return `${day}, ${time}`;
}

/** "Tue, Mar 3, 2:14 PM" (an order's placed and arrival times, timeline steps). */
export function formatStoreDateTime(date: Date | string, timeZone: string) {
  const formatter = storeFormatter(timeZone, "weekday-date-time", { weekday: "short", month: "short", day: "numeric", ...TIME });
  return formatter.format(new Date(date)).replace(/\u202f/g, " ");
}

/** "Mar 3, 2:14 PM" (messages and audit entries). */
export function formatStoreShortDateTime(date: Date | string, timeZone: string) {
  return storeFormatter(timeZone, "date-time", { month: "short", day: "numeric", ...TIME }).format(new Date(date));
}

/** "Mar 3, 2026" (order lists). */
export function formatStoreDate(date: Date | string, timeZone: string) {
  return storeFormatter(timeZone, "date", { month: "short", day: "numeric", year: "numeric" }).format(new Date(date));
}

/** "Monday, November 23" (a staff day's heading). */
export function formatStoreWeekdayDate(date: Date, timeZone: string) {
  return storeFormatter(timeZone, "long-weekday-date", { weekday: "long", month: "long", day: "numeric" }).format(date);
}

/** "Tue" (slot lists that name the day only when it isn't today). */
export function formatStoreWeekday(date: Date | string, timeZone: string) {
  return storeFormatter(timeZone, "weekday", { weekday: "short" }).format(new Date(date));
}

/** "November 23, 2026" for a calendar date stored as UTC midnight (review dates). */
export function formatCalendarDate(date: Date | string) {
  return storeFormatter("UTC", "long-date", { month: "long", day: "numeric", year: "numeric" }).format(new Date(date));
}
