// The brief's calendar file: valid iCalendar (parsed back with ical.js) with the right recurrence.
import ICAL from "ical.js";
import { describe, expect, test } from "vitest";
import {
  calendarFile,
  calendarFileName,
  firstCheckInDate,
  recurrenceRule,
} from "../../src/lib/checklist/calendar.ts";
import type { CheckIn } from "../../src/lib/checklist/schema.ts";
import { completeHandoff } from "../support/checklist-fixtures.ts";

/** Parses iCalendar text with ical.js and returns its events. */
function parseEvents(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe("vcalendar");
  return calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
}

/** The first `count` occurrences of a recurring event, as YYYY-MM-DDTHH:MM strings. */
function occurrences(event: ICAL.Event, count: number): string[] {
  const iterator = event.iterator();
  const found: string[] = [];
  for (let next = iterator.next(); next && found.length < count; next = iterator.next()) {
    found.push(next.toString().slice(0, 16));
  }
  return found;
}

const checkIn = (rhythm: CheckIn["rhythm"], day: CheckIn["day"], time = "09:30"): CheckIn => ({
  rhythm,
  day,
  time,
});

describe("recurrenceRule", () => {
  test.each([
    ["weekly", "tue", "FREQ=WEEKLY;BYDAY=TU"],
    ["fortnightly", "fri", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"],
    ["monthly", "mon", "FREQ=MONTHLY;BYDAY=1MO"],
  ] as const)("%s on %s is %s", (rhythm, day, rule) => {
    expect(recurrenceRule(checkIn(rhythm, day))).toBe(rule);
  });

  test("nothing chosen gives no rule", () => {
    expect(recurrenceRule(checkIn("", "tue"))).toBeUndefined();
    expect(recurrenceRule(checkIn("weekly", ""))).toBeUndefined();
  });
});

describe("firstCheckInDate", () => {
  // 2026-12-01 is a Tuesday.
  test("a weekly check-in starts on the next chosen weekday, today included", () => {
    expect(firstCheckInDate(checkIn("weekly", "tue"), "2026-12-01")).toBe("2026-12-01");
    expect(firstCheckInDate(checkIn("weekly", "mon"), "2026-12-01")).toBe("2026-12-07");
    expect(firstCheckInDate(checkIn("fortnightly", "sun"), "2026-12-01")).toBe("2026-12-06");
  });

  test("a monthly check-in starts on the next first-such-weekday of a month", () => {
    expect(firstCheckInDate(checkIn("monthly", "tue"), "2026-12-01")).toBe("2026-12-01");
    // The first Monday of December 2026 is the 7th.
    expect(firstCheckInDate(checkIn("monthly", "mon"), "2026-12-01")).toBe("2026-12-07");
    // After the first Friday of December (the 4th) has passed, it is the first Friday of January.
    expect(firstCheckInDate(checkIn("monthly", "fri"), "2026-12-05")).toBe("2027-01-01");
    // Across a year end.
    expect(firstCheckInDate(checkIn("monthly", "wed"), "2026-12-31")).toBe("2027-01-06");
  });

  test("the first date always falls on the chosen weekday", () => {
    for (const day of ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const) {
      for (const from of ["2026-12-01", "2027-02-27", "2028-02-29"]) {
        for (const rhythm of ["weekly", "fortnightly", "monthly"] as const) {
          const first = firstCheckInDate(checkIn(rhythm, day), from)!;
          expect(first >= from).toBe(true);
          const weekday = new Date(`${first}T00:00:00Z`).getUTCDay();
          expect(["sun", "mon", "tue", "wed", "thu", "fri", "sat"][weekday]).toBe(day);
        }
      }
    }
  });
});

describe("calendarFile", () => {
  test("is valid iCalendar with a weekly check-in at the chosen time", async () => {
    const text = await calendarFile(completeHandoff(), "2026-12-01");
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    const [checkInEvent, rampUp] = parseEvents(text);
    expect(checkInEvent!.summary).toBe("Check-in: Bookkeeping");
    expect(checkInEvent!.isRecurring()).toBe(true);
    const rule = checkInEvent!.component.getFirstPropertyValue("rrule") as ICAL.Recur;
    expect(rule.freq).toBe("WEEKLY");
    expect(rule.interval).toBe(1);
    expect(rule.parts["BYDAY"]).toEqual(["TU"]);
    // Floating local time: the check-in stays at 09:30 in whatever zone the calendar is in.
    expect(checkInEvent!.startDate.zone?.tzid).toBe("floating");
    expect(text).toMatch(/^DTSTART:20261201T093000\r$/m);
    expect(checkInEvent!.duration.toSeconds()).toBe(30 * 60);
    expect(occurrences(checkInEvent!, 3)).toEqual([
      "2026-12-01T09:30",
      "2026-12-08T09:30",
      "2026-12-15T09:30",
    ]);
    expect(checkInEvent!.description).toContain("Ask for: Invoices sent and unpaid");
    expect(checkInEvent!.description).toContain("Where: A shared chat channel");

    expect(rampUp!.summary).toBe("Ramp-up review: Bookkeeping");
    expect(rampUp!.startDate.isDate).toBe(true);
    expect(rampUp!.startDate.toString()).toBe("2027-01-15");
    expect(rampUp!.isRecurring()).toBe(false);
  });

  test("a fortnightly check-in comes round every 14 days", async () => {
    const handoff = completeHandoff({ checkIn: checkIn("fortnightly", "thu", "16:00") });
    const [event] = parseEvents(await calendarFile(handoff, "2026-12-01"));
    expect(occurrences(event!, 3)).toEqual([
      "2026-12-03T16:00",
      "2026-12-17T16:00",
      "2026-12-31T16:00",
    ]);
  });

  test("a monthly check-in falls on the first chosen weekday of each month", async () => {
    const handoff = completeHandoff({ checkIn: checkIn("monthly", "mon", "08:00") });
    const [event] = parseEvents(await calendarFile(handoff, "2026-12-01"));
    const rule = event!.component.getFirstPropertyValue("rrule") as ICAL.Recur;
    expect(rule.freq).toBe("MONTHLY");
    expect(occurrences(event!, 3)).toEqual([
      "2026-12-07T08:00",
      "2027-01-04T08:00",
      "2027-02-01T08:00",
    ]);
  });

  test("hostile text in the name and answers stays inside its property", async () => {
    const handoff = completeHandoff({
      name: "Ads; END:VCALENDAR <script>",
      answers: {
        ...completeHandoff().answers,
        measure: "Leads\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected, with; commas",
      },
    });
    const events = parseEvents(await calendarFile(handoff, "2026-12-01"));
    expect(events).toHaveLength(2);
    expect(events[0]!.summary).toBe("Check-in: Ads; END:VCALENDAR <script>");
    expect(events[0]!.description).toContain("SUMMARY:injected, with; commas");
  });

  test("long answers are folded into lines of at most 75 octets", async () => {
    const handoff = completeHandoff({
      answers: { ...completeHandoff().answers, measure: "Invoices paid on time ".repeat(40) },
    });
    const text = await calendarFile(handoff, "2026-12-01");
    for (const line of text.split("\r\n")) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    expect(parseEvents(text)[0]!.description).toContain("Invoices paid on time Invoices");
  });

  test("the file name is safe whatever the handoff is called", () => {
    expect(calendarFileName(completeHandoff({ name: "Social media & ads!" }))).toBe(
      "handoff-social-media-ads.ics",
    );
    expect(calendarFileName(completeHandoff({ name: "../../<>" }))).toBe("handoff-check-ins.ics");
  });
});
