// The brief's calendar file: the recurring check-in (and the ramp-up review) as iCalendar text.
// The `ics` package writes the file; it is imported only when the person asks for the file,
// so it never counts against the page's JavaScript budget.
import type { EventAttributes } from "ics";
import type { CheckIn, Handoff } from "./schema.ts";
import type { Weekday } from "./field-limits.ts";
import { weekdays } from "./field-limits.ts";
import { isCalendarDate } from "./progress.ts";
import { describeCheckIn } from "./brief.ts";

/** RFC 5545's two-letter weekday codes. */
const icalDays: Record<Weekday, string> = {
  mon: "MO",
  tue: "TU",
  wed: "WE",
  thu: "TH",
  fri: "FR",
  sat: "SA",
  sun: "SU",
};

/** How long each check-in lasts on the calendar. */
export const CHECK_IN_MINUTES = 30;

/** The RRULE for a check-in: weekly, every other week, or the first such weekday each month. */
export function recurrenceRule(checkIn: CheckIn): string | undefined {
  if (checkIn.rhythm === "" || checkIn.day === "") return undefined;
  const day = icalDays[checkIn.day];
  switch (checkIn.rhythm) {
    case "weekly":
      return `FREQ=WEEKLY;BYDAY=${day}`;
    case "fortnightly":
      return `FREQ=WEEKLY;INTERVAL=2;BYDAY=${day}`;
    case "monthly":
      return `FREQ=MONTHLY;BYDAY=1${day}`;
  }
}

type DateParts = [number, number, number];

function parts(iso: string): DateParts {
  return iso.split("-").map(Number) as DateParts;
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** JavaScript's getUTCDay() number (Sunday 0) for one of our weekdays. */
function dayNumber(day: Weekday): number {
  return (weekdays.indexOf(day) + 1) % 7;
}

/**
 * The date of the first check-in on or after `from` (YYYY-MM-DD): the next chosen weekday, or
 * for a monthly rhythm the next first-such-weekday-of-a-month. Date-only arithmetic in UTC, so
 * the answer never depends on the time zone.
 */
export function firstCheckInDate(checkIn: CheckIn, from: string): string | undefined {
  if (checkIn.rhythm === "" || checkIn.day === "" || !isCalendarDate(from)) return undefined;
  const [year, month, day] = parts(from);
  const target = dayNumber(checkIn.day);
  const start = new Date(Date.UTC(year, month - 1, day));
  if (checkIn.rhythm !== "monthly") {
    start.setUTCDate(start.getUTCDate() + ((target - start.getUTCDay() + 7) % 7));
    return toIso(start);
  }
  for (let offset = 0; ; offset++) {
    const first = new Date(Date.UTC(year, month - 1 + offset, 1));
    first.setUTCDate(1 + ((target - first.getUTCDay() + 7) % 7));
    if (first >= start) return toIso(first);
  }
}

/** The events the calendar file holds, as plain data for the `ics` package. */
export function calendarEvents(handoff: Handoff, today: string): EventAttributes[] {
  const events: EventAttributes[] = [];
  const rule = recurrenceRule(handoff.checkIn);
  const first = firstCheckInDate(handoff.checkIn, today);
  if (rule !== undefined && first !== undefined) {
    const [hours, minutes] = handoff.checkIn.time.split(":").map(Number) as [number, number];
    const report = handoff.answers.measure.trim();
    const channel = handoff.answers.channel.trim();
    events.push({
      uid: `${handoff.id}-check-in@handoff`,
      title: `Check-in: ${handoff.name}`,
      description: [
        `${describeCheckIn(handoff.checkIn)}.`,
        channel === "" ? "" : `Where: ${channel}`,
        report === "" ? "" : `Ask for: ${report}`,
        "Go over progress, give feedback, and decide what comes next.",
      ]
        .filter((line) => line !== "")
        .join("\n"),
      // Floating local time: the check-in stays at the chosen hour wherever the calendar is.
      start: [...parts(first), hours, minutes],
      startInputType: "local",
      startOutputType: "local",
      duration: { minutes: CHECK_IN_MINUTES },
      recurrenceRule: rule,
    });
  }
  if (isCalendarDate(handoff.rampUpDate)) {
    const scope = handoff.answers.firstScope.trim();
    events.push({
      uid: `${handoff.id}-ramp-up@handoff`,
      title: `Ramp-up review: ${handoff.name}`,
      description: [
        "Review the first scope with your provider and decide how far to widen it.",
        scope === "" ? "" : `First scope: ${scope}`,
      ]
        .filter((line) => line !== "")
        .join("\n"),
      start: parts(handoff.rampUpDate),
      duration: { days: 1 },
    });
  }
  return events;
}

/** A file name for the download, made only of safe characters. */
export function calendarFileName(handoff: Handoff): string {
  const slug = handoff.name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `handoff-${slug === "" ? "check-ins" : slug}.ics`;
}

/** The calendar file's text. Loads the `ics` package on first use. */
export async function calendarFile(handoff: Handoff, today: string): Promise<string> {
  const module = await import("ics");
  // `ics` is CommonJS; depending on the bundler its functions sit on the namespace or on default.
  const createEvents =
    module.createEvents ?? (module as unknown as { default: typeof module }).default.createEvents;
  const { error, value } = createEvents(calendarEvents(handoff, today), {
    productId: "-//Handoff//Pre-outsourcing checklist//EN",
    calName: `Handoff: ${handoff.name}`,
  });
  if (error || value === null) {
    throw new Error(`The calendar file could not be made: ${error?.message ?? "no output"}`);
  }
  return value;
}
