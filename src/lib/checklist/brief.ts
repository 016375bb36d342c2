// The handoff brief for the provider: its parts in order, and the same as Markdown to copy.
import type { CheckIn, Handoff } from "./schema.ts";
import { isCalendarDate } from "./progress.ts";
import { weekdayLabels } from "./steps.ts";

export interface BriefEntry {
  heading: string;
  /** The person's own words (or a plain statement built from their choices). */
  text: string;
}

/** A date such as "Monday, 7 December 2026", the same in every time zone. */
export function formatLongDate(iso: string): string {
  if (!isCalendarDate(iso)) return "";
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** The check-in rhythm in words, e.g. "Every two weeks on Tuesday at 09:00". */
export function describeCheckIn(checkIn: CheckIn): string {
  if (checkIn.rhythm === "" || checkIn.day === "") return "";
  const day = weekdayLabels[checkIn.day];
  switch (checkIn.rhythm) {
    case "weekly":
      return `Every week on ${day} at ${checkIn.time}`;
    case "fortnightly":
      return `Every two weeks on ${day} at ${checkIn.time}`;
    case "monthly":
      return `Every month on the first ${day} at ${checkIn.time}`;
  }
}

function procedureText(handoff: Handoff): string {
  const notes = handoff.answers.procedureNotes.trim();
  if (notes !== "") return notes;
  return handoff.ticks.procedureWritten ? "Written down; I will share it with you." : "";
}

/** The brief's parts in the order a provider reads them. Empty answers give empty text. */
export function briefEntries(handoff: Handoff): BriefEntry[] {
  const { answers } = handoff;
  const rampUp = formatLongDate(handoff.rampUpDate);
  return [
    { heading: "The goal", text: answers.goal },
    { heading: "The objective", text: answers.objective },
    { heading: "How we will know it worked", text: answers.successFactors },
    { heading: "What I expect from you", text: answers.expectations },
    { heading: "The procedure", text: procedureText(handoff) },
    { heading: "Access and tools", text: answers.access },
    { heading: "What stays with me", text: answers.keptWithYou },
    { heading: "The first scope", text: answers.firstScope },
    {
      heading: "Ramp-up date",
      text: rampUp === "" ? "" : `${rampUp}: we review the first scope and widen it.`,
    },
    { heading: "Check-ins", text: describeCheckIn(handoff.checkIn) },
    { heading: "Where we talk", text: answers.channel },
    { heading: "What you report at each check-in", text: answers.measure },
    { heading: "Who owns the result on my side", text: answers.resultOwner },
  ].map((entry) => ({ ...entry, text: entry.text.trim() }));
}

/** What the brief says where an answer is still blank. */
export const NOT_WRITTEN = "Not written yet.";

/** The whole brief as Markdown, ready to paste into an email or a document. */
export function briefMarkdown(handoff: Handoff): string {
  const parts = [`# Handoff brief: ${handoff.name.replace(/\s+/g, " ").trim()}`];
  for (const entry of briefEntries(handoff)) {
    // Line endings are normalised so a pasted answer keeps its paragraphs and nothing more.
    const text = entry.text === "" ? NOT_WRITTEN : entry.text.replace(/\r\n?/g, "\n");
    parts.push(`## ${entry.heading}`, text);
  }
  return `${parts.join("\n\n")}\n`;
}
