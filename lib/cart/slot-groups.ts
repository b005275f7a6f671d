import { zonedParts } from "@/lib/time";
import type { SlotGroup } from "./types";

const formatters = new Map<string, { range: Intl.DateTimeFormat; date: Intl.DateTimeFormat; weekday: Intl.DateTimeFormat }>();

function formattersFor(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = {
      range: new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "2-digit" }),
      date: new Intl.DateTimeFormat("en-US", { timeZone, month: "short", day: "numeric" }),
      weekday: new Intl.DateTimeFormat("en-US", { timeZone, weekday: "long" }),
    };
    formatters.set(timeZone, f);
  }
  return f;
}

function dayNumber(date: Date, timeZone: string) {
  const p = zonedParts(date, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day) / 86_400_000;
}

/** "Today" / "Tomorrow" / "Thursday" for a moment, judged by the store's calendar. */
export function relativeDayLabel(date: Date, timeZone: string, now: Date = new Date()) {
  const diff = dayNumber(date, timeZone) - dayNumber(now, timeZone);
  if (diff === 0) return "Today";
  if (diff === 1) return "Tomorrow";
  return formattersFor(timeZone).weekday.format(date);
}

/** "2:00 – 3:00 PM" in the store's time zone. */
export function formatSlotRange(startsAt: Date, endsAt: Date, timeZone: string) {
  return formattersFor(timeZone)
    .range.formatRange(startsAt, endsAt)
    .replace(/\u202f/g, " ");
}

/** Pickup slots (earliest first) grouped by the store's calendar day, labelled for people. */
export function groupSlotsByDay(
  slots: { startsAt: string; endsAt: string; remaining: number }[],
  timeZone: string,
  now: Date = new Date(),
): SlotGroup[] {
  const groups = new Map<number, SlotGroup>();
  const f = formattersFor(timeZone);
  for (const slot of slots) {
    const start = new Date(slot.startsAt);
    const key = dayNumber(start, timeZone);
    let group = groups.get(key);
    if (!group) {
      group = { key: String(key), label: relativeDayLabel(start, timeZone, now), dateLabel: f.date.format(start), slots: [] };
      groups.set(key, group);
    }
    group.slots.push({ startsAt: slot.startsAt, label: formatSlotRange(start, new Date(slot.endsAt), timeZone), remaining: slot.remaining });
  }
  return [...groups.values()];
}
