// Whether each step is done, progress per section and overall, and what a handoff still lacks.
import type { Handoff } from "./schema.ts";
import { sections, type Section, type Step } from "./steps.ts";

/** True when `value` is a real calendar date written as YYYY-MM-DD (no 31 February). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export function isStepDone(handoff: Handoff, step: Step): boolean {
  switch (step.kind) {
    case "text":
      return handoff.answers[step.field].trim() !== "";
    case "tick":
      return handoff.ticks[step.field];
    case "date":
      return isCalendarDate(handoff.rampUpDate);
    case "check-in":
      return handoff.checkIn.rhythm !== "" && handoff.checkIn.day !== "";
  }
}

export interface Progress {
  done: number;
  total: number;
}

export function sectionProgress(handoff: Handoff, section: Section): Progress {
  return {
    done: section.steps.filter((step) => isStepDone(handoff, step)).length,
    total: section.steps.length,
  };
}

/** Every step counts towards overall progress, optional ones included. */
export function overallProgress(handoff: Handoff): Progress {
  return sections.reduce(
    (sum, section) => {
      const part = sectionProgress(handoff, section);
      return { done: sum.done + part.done, total: sum.total + part.total };
    },
    { done: 0, total: 0 },
  );
}

/** Something that stands between a handoff and "ready", in the order the page lists it. */
export interface MissingItem {
  /** The step's id, or "leader-job" for the explicit decision a leader's job needs. */
  id: string;
  /** The section's title, or "Before you start" for the leader's-job decision. */
  section: string;
  label: string;
}

/**
 * Everything still missing before the handoff is ready, in checklist order. A task the matrix
 * marks as a leader's job first needs the person's explicit decision to go on.
 */
export function missingItems(handoff: Handoff, needsLeaderDecision: boolean): MissingItem[] {
  const missing: MissingItem[] = [];
  if (needsLeaderDecision && !handoff.leaderJobConfirmed) {
    missing.push({
      id: "leader-job",
      section: "Before you start",
      label: "Your decision to go on although this is one of the leader's jobs",
    });
  }
  for (const section of sections) {
    for (const step of section.steps) {
      if (step.required && !isStepDone(handoff, step)) {
        missing.push({ id: step.id, section: section.title, label: step.label });
      }
    }
  }
  return missing;
}

/** A handoff is ready only when nothing required is missing. */
export function isReady(handoff: Handoff, needsLeaderDecision: boolean): boolean {
  return missingItems(handoff, needsLeaderDecision).length === 0;
}
