import { describe, expect, it } from "vitest";
import type { OpeningHours } from "@/db/schema";
import { formatClockTime, formatDayHours, getOpeningStatus, getStoreClock, startOfStoreDay, weeklyHours } from "./hours";

const weekdays = { open: "07:00", close: "22:00" };
const hours: OpeningHours = {
  "1": weekdays,
  "2": weekdays,
  "3": weekdays,
  "4": weekdays,
  "5": { open: "07:00", close: "01:00" }, // Friday: late night, closes after midnight
  "6": { open: "08:00", close: "22:00" },
  "7": null, // closed on Sunday
};

// 2026-03-02 is a Monday. New York is UTC-5 in early March (before DST on the 8th).
const ny = "America/New_York";
const at = (iso: string) => new Date(iso);

describe("getStoreClock", () => {
  it("reads the store's wall clock, not the server's", () => {
    const clock = getStoreClock(ny, at("2026-03-02T14:30:00Z"));
    expect(clock).toMatchObject({ weekday: 1, hour: 9, minute: 30, minutes: 570, day: 2 });
    expect(getStoreClock("Asia/Tokyo", at("2026-03-02T14:30:00Z")).weekday).toBe(1);
    expect(getStoreClock("Asia/Tokyo", at("2026-03-02T15:30:00Z")).weekday).toBe(2);
  });
});

describe("getOpeningStatus", () => {
  it("is open during the day and says until when", () => {
    const status = getOpeningStatus(hours, ny, at("2026-03-02T14:30:00Z")); // Mon 9:30
    expect(status).toMatchObject({ isOpen: true, label: "Open until 10 pm", todayLabel: "7 am – 10 pm" });
  });

  it("warns in the last hour", () => {
    expect(getOpeningStatus(hours, ny, at("2026-03-03T02:30:00Z")).label).toBe("Closes soon · 10 pm"); // Mon 21:30
  });

  it("before opening says when it opens today", () => {
    const status = getOpeningStatus(hours, ny, at("2026-03-02T10:00:00Z")); // Mon 5:00
    expect(status).toMatchObject({ isOpen: false, label: "Opens 7 am" });
  });

  it("after closing points to tomorrow", () => {
    expect(getOpeningStatus(hours, ny, at("2026-03-03T03:30:00Z")).label).toBe("Opens 7 am tomorrow"); // Mon 22:30
  });

  it("keeps Friday's late shift open past midnight into Saturday", () => {
    const status = getOpeningStatus(hours, ny, at("2026-03-07T05:30:00Z")); // Sat 0:30
    expect(status).toMatchObject({ isOpen: true, weekday: 6, label: "Closes soon · 1 am" });
  });

  it("skips closed days to the next opening", () => {
    // Sat 23:00; Sunday is closed, so the next opening is Monday.
    expect(getOpeningStatus(hours, ny, at("2026-03-08T04:00:00Z")).label).toBe("Opens Monday 7 am");
  });

  it("names the weekday when the next opening is days away", () => {
    const status = getOpeningStatus(hours, ny, at("2026-03-08T16:00:00Z")); // Sun 12:00 (EDT)
    expect(status).toMatchObject({ isOpen: false, todayLabel: "Closed", label: "Opens 7 am tomorrow" });
    const closedMost: OpeningHours = { ...hours, "1": null, "2": null };
    expect(getOpeningStatus(closedMost, ny, at("2026-03-08T16:00:00Z")).label).toBe("Opens Wednesday 7 am");
  });

  it("handles stores open all day", () => {
    const allDay = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [d, { open: "00:00", close: "24:00" }])) as OpeningHours;
    expect(getOpeningStatus(allDay, ny, at("2026-03-02T14:30:00Z")).label).toBe("Open 24 hours");
  });
});

describe("formatting", () => {
  it("formats times like people say them", () => {
    expect(formatClockTime("07:00")).toBe("7 am");
    expect(formatClockTime("21:30")).toBe("9:30 pm");
    expect(formatClockTime("12:00")).toBe("noon");
    expect(formatClockTime("24:00")).toBe("midnight");
    expect(formatDayHours(null)).toBe("Closed");
  });

  it("lists the week from Monday", () => {
    const week = weeklyHours(hours);
    expect(week.map((d) => d.name)[0]).toBe("Monday");
    expect(week[6]).toMatchObject({ name: "Sunday", label: "Closed" });
  });
});

describe("startOfStoreDay", () => {
  it("is local midnight in UTC", () => {
    expect(startOfStoreDay(ny, at("2026-03-02T14:30:00Z")).toISOString()).toBe("2026-03-02T05:00:00.000Z");
    // Late evening local time is still the same local day, the next day in UTC.
    expect(startOfStoreDay(ny, at("2026-03-03T03:30:00Z")).toISOString()).toBe("2026-03-02T05:00:00.000Z");
  });

  it("survives a DST change day", () => {
    // 2026-03-08: clocks go forward at 2 am; midnight was still EST (UTC-5).
    expect(startOfStoreDay(ny, at("2026-03-08T18:00:00Z")).toISOString()).toBe("2026-03-08T05:00:00.000Z");
  });
});

describe("formatStoreTime", () => {
  it("shows the store's wall-clock time, with the day when it isn't today", async () => {
    const { formatStoreTimeOrDay: formatStoreTime, formatStoreWeekdayDate: formatStoreDate } = await import("@/lib/format");
    const now = at("2026-03-02T14:30:00Z"); // Mon 9:30 in New York
    expect(formatStoreTime(at("2026-03-02T20:00:00Z"), ny, now)).toBe("3:00 PM");
    expect(formatStoreTime(at("2026-03-03T20:00:00Z"), ny, now)).toBe("Tue, Mar 3, 3:00 PM");
    expect(formatStoreDate(now, ny)).toBe("Monday, March 2");
  });
});
