// Checks what a person typed into the task form, field by field, and turns it into a task only
// when every field is right. Messages say what to change. The settings form's checks, which
// build on the number reading here, are in settings-validation.ts.
import type { Task } from "./schema.ts";
import {
  cadences,
  leaderJobs,
  maxHoursEach,
  maxRate,
  type Cadence,
  type LeaderJob,
} from "./task-options.ts";

/** The editor's fields as text, exactly as typed or chosen, so nothing is lost while invalid. */
export interface TaskDraft {
  name: string;
  cadence: Cadence;
  hoursEach: string;
  skill: Task["skill"];
  feeling: Task["feeling"];
  impact: Task["impact"];
  /** "other", "sales-marketing" or one of the leader's jobs. */
  kind: "other" | "sales-marketing" | LeaderJob;
  providerRate: string;
  providerHoursEach: string;
}

export type TaskFields = Omit<Task, "id">;
export type FieldErrors<K extends string> = Partial<Record<K, string>>;

export type Checked<T, K extends string> =
  { ok: true; value: T } | { ok: false; errors: FieldErrors<K> };

/** The most hours one occurrence can take for each cadence: a whole day, week or month. */
export const maxHoursFor: Record<Cadence, number> = {
  daily: 24,
  weekly: 168,
  monthly: maxHoursEach,
  quarterly: maxHoursEach,
  yearly: maxHoursEach,
};

const cadenceWord: Record<Cadence, string> = {
  daily: "daily",
  weekly: "weekly",
  monthly: "monthly",
  quarterly: "quarterly",
  yearly: "yearly",
};

/** Reads a decimal typed with a dot or a comma; empty text is `undefined`. */
export function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim().replace(",", ".");
  if (trimmed === "") return undefined;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(trimmed)) return Number.NaN;
  return Number(trimmed);
}

function hoursError(text: string, cadence: Cadence, required: boolean): string | undefined {
  const hours = parseDecimal(text);
  const max = maxHoursFor[cadence];
  if (hours === undefined) return required ? "Enter the hours it takes each time." : undefined;
  if (Number.isNaN(hours)) return "Enter hours as a number, such as 1.5 or 0.25.";
  if (hours <= 0 || hours > max)
    return `Hours must be more than 0 and at most ${max} for a ${cadenceWord[cadence]} task.`;
  return undefined;
}

/** What is wrong with a typed rate or amount, if anything; `what` names it in the message. */
export function rateError(text: string, required: boolean, what: string): string | undefined {
  const rate = parseDecimal(text);
  if (rate === undefined) return required ? `Enter ${what}.` : undefined;
  if (Number.isNaN(rate)) return `Enter ${what} as a number, such as 40 or 37.5.`;
  if (rate < 0 || rate > maxRate)
    return `Enter ${what} between 0 and ${maxRate.toLocaleString("en")}.`;
  return undefined;
}

export function checkTaskDraft(draft: TaskDraft): Checked<TaskFields, keyof TaskDraft> {
  const errors: FieldErrors<keyof TaskDraft> = {};
  const name = draft.name.trim();
  if (name === "") errors.name = "Give the task a name.";
  else if (name.length > 120)
    errors.name = `Keep the name to 120 characters (it has ${name.length}).`;
  if (!cadences.includes(draft.cadence)) errors.cadence = "Choose how often the task comes round.";
  const hours = hoursError(draft.hoursEach, draft.cadence, true);
  if (hours) errors.hoursEach = hours;
  const providerHours = hoursError(draft.providerHoursEach, draft.cadence, false);
  if (providerHours) errors.providerHoursEach = providerHours;
  const rate = rateError(draft.providerRate, false, "the provider's rate");
  if (rate) errors.providerRate = rate;
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const leaderJob = (leaderJobs as readonly string[]).includes(draft.kind)
    ? (draft.kind as LeaderJob)
    : undefined;
  const providerRate = parseDecimal(draft.providerRate);
  const providerHoursEach = parseDecimal(draft.providerHoursEach);
  return {
    ok: true,
    value: {
      name,
      cadence: draft.cadence,
      hoursEach: parseDecimal(draft.hoursEach) ?? 0,
      skill: draft.skill,
      feeling: draft.feeling,
      impact: draft.impact,
      salesMarketing: draft.kind === "sales-marketing",
      ...(leaderJob ? { leaderJob } : {}),
      ...(providerRate !== undefined ? { providerRate } : {}),
      ...(providerHoursEach !== undefined ? { providerHoursEach } : {}),
    },
  };
}

/** The editor's fields for a task, or for a new one. */
export function draftOf(task?: TaskFields): TaskDraft {
  if (!task)
    return {
      name: "",
      cadence: "weekly",
      hoursEach: "",
      skill: "strength",
      feeling: "like",
      impact: "keeps-running",
      kind: "other",
      providerRate: "",
      providerHoursEach: "",
    };
  return {
    name: task.name,
    cadence: task.cadence,
    hoursEach: String(task.hoursEach),
    skill: task.skill,
    feeling: task.feeling,
    impact: task.impact,
    kind: task.leaderJob ?? (task.salesMarketing ? "sales-marketing" : "other"),
    providerRate: task.providerRate === undefined ? "" : String(task.providerRate),
    providerHoursEach: task.providerHoursEach === undefined ? "" : String(task.providerHoursEach),
  };
}
