import { createTranslator } from "next-intl";
import type { OpeningHours } from "@/db/schema";
import { defaultLocale } from "@/lib/i18n/config";
import storeHours from "@/messages/en/storeHours.json";

export type { OpeningHours };

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export type DayHours = { open: string; close: string } | null;

// Only this namespace, not lib/i18n/translator: lib/format.ts (client-safe) imports this module,
// and the whole catalog must not travel with it.
const t = createTranslator({ locale: defaultLocale, messages: { storeHours }, namespace: "storeHours" });

export const WEEKDAY_NAMES = [
  t("weekdays.monday"),
  t("weekdays.tuesday"),
  t("weekdays.wednesday"),
  t("weekdays.thursday"),
  t("weekdays.friday"),
  t("weekdays.saturday"),
  t("weekdays.sunday"),
];

const WEEKDAYS: Record<string, IsoWeekday> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

const clockFormatters = new Map<string, Intl.DateTimeFormat>();

function clockFormatter(timeZone: string) {
  let formatter = clockFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      weekday: "short",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    clockFormatters.set(timeZone, formatter);
  }
  return formatter;
}

export type StoreClock = {
  weekday: IsoWeekday;
  /** Minutes since local midnight. */
  minutes: number;
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

/** What the wall clock in the store's time zone says at `now`. */
export function getStoreClock(timeZone: string, now: Date = new Date()): StoreClock {
  const parts: Record<string, string> = {};
  for (const part of clockFormatter(timeZone).formatToParts(now)) parts[part.type] = part.value;
  const hour = Number(parts.hour) % 24;
  const minute = Number(parts.minute);
  return {
    weekday: WEEKDAYS[parts.weekday],
    minutes: hour * 60 + minute,
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour,
    minute,
    second: Number(parts.second),
  };
}

/** The UTC instant at which the store's current local day began (handles DST). */
export function startOfStoreDay(timeZone: string, now: Date = new Date()): Date {
  const clock = getStoreClock(timeZone, now);
  const localMidnightAsUtc = Date.UTC(clock.year, clock.month - 1, clock.day);
  let guess = localMidnightAsUtc - offsetMs(timeZone, now);
  // The offset at midnight can differ from the offset now on a DST-change day.
  guess = localMidnightAsUtc - offsetMs(timeZone, new Date(guess));
  return new Date(guess);
}

function offsetMs(timeZone: string, at: Date) {
  const c = getStoreClock(timeZone, at);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

function toMinutes(hhmm: string) {
  const [h, m] = hhmm.split(":").map(Number);
  return h * 60 + m;
}

function previousDay(day: IsoWeekday): IsoWeekday {
  return (day === 1 ? 7 : day - 1) as IsoWeekday;
}

function nextDay(day: IsoWeekday): IsoWeekday {
  return (day === 7 ? 1 : day + 1) as IsoWeekday;
}

export function hoursOn(hours: OpeningHours, day: IsoWeekday): DayHours {
  return hours[String(day) as keyof OpeningHours] ?? null;
}

/** Closing at or before the opening time means the store closes after midnight. */
function closesOvernight(day: NonNullable<DayHours>) {
  return toMinutes(day.close) <= toMinutes(day.open);
}

/** "9:00" → "9 am", "21:30" → "9:30 pm", "24:00"/"00:00" → "midnight", "12:00" → "noon". */
export function formatClockTime(hhmm: string) {
  const total = toMinutes(hhmm) % (24 * 60);
  if (total === 0) return t("midnight");
  if (total === 12 * 60) return t("noon");
  const h = Math.floor(total / 60);
  const m = total % 60;
  const period = h < 12 ? "am" : "pm";
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? t("time", { hour: h12, period }) : t("timeWithMinutes", { hour: h12, minutes: String(m).padStart(2, "0"), period });
}

/** "7 am – 10 pm", or "Closed". */
export function formatDayHours(day: DayHours) {
  if (!day) return t("closed");
  if (day.open === "00:00" && (day.close === "24:00" || day.close === "00:00")) return t("open24Hours");
  return t("range", { open: formatClockTime(day.open), close: formatClockTime(day.close) });
}

export type OpeningStatus = {
  isOpen: boolean;
  /** Short, human: "Open until 10 pm", "Closes soon · 10 pm", "Opens 7 am tomorrow", "Opens Monday 8 am". */
  label: string;
  /** Today's hours in the store's time zone. */
  today: DayHours;
  todayLabel: string;
  weekday: IsoWeekday;
};

/** Whether the store is open at `now`, judged by the clock on the store's wall. */
export function getOpeningStatus(hours: OpeningHours, timeZone: string, now: Date = new Date()): OpeningStatus {
  const clock = getStoreClock(timeZone, now);
  const today = hoursOn(hours, clock.weekday);
  const base = { today, todayLabel: formatDayHours(today), weekday: clock.weekday };

  // Still open from yesterday's late shift?
  const yesterday = hoursOn(hours, previousDay(clock.weekday));
  if (yesterday && closesOvernight(yesterday) && clock.minutes < toMinutes(yesterday.close)) {
    return { ...base, isOpen: true, label: openUntil(yesterday.close, toMinutes(yesterday.close) - clock.minutes) };
  }

  if (today) {
    const open = toMinutes(today.open);
    const close = closesOvernight(today) ? toMinutes(today.close) + 24 * 60 : toMinutes(today.close);
    if (clock.minutes >= open && clock.minutes < close) {
      if (today.open === "00:00" && close >= 24 * 60) return { ...base, isOpen: true, label: t("open24Hours") };
      return { ...base, isOpen: true, label: openUntil(today.close, close - clock.minutes) };
    }
    if (clock.minutes < open) return { ...base, isOpen: false, label: t("opensAt", { time: formatClockTime(today.open) }) };
  }

  // Closed for the rest of today: find the next opening within a week.
  let day = clock.weekday;
  for (let i = 1; i <= 7; i++) {
    day = nextDay(day);
    const next = hoursOn(hours, day);
    if (next) {
      const time = formatClockTime(next.open);
      const label = i === 1 ? t("opensTomorrow", { time }) : t("opensOn", { day: WEEKDAY_NAMES[day - 1], time });
      return { ...base, isOpen: false, label };
    }
  }
  return { ...base, isOpen: false, label: t("temporarilyClosed") };
}

function openUntil(close: string, minutesLeft: number) {
  const time = formatClockTime(close);
  return minutesLeft <= 60 ? t("closesSoon", { time }) : t("openUntil", { time });
}

/** Monday-first list for an hours table. */
export function weeklyHours(hours: OpeningHours) {
  return WEEKDAY_NAMES.map((name, index) => {
    const day = (index + 1) as IsoWeekday;
    return { day, name, hours: hoursOn(hours, day), label: formatDayHours(hoursOn(hours, day)) };
  });
}
