// Exports the tasks as CSV for a spreadsheet. Text cells that a spreadsheet would run as a
// formula are neutralised with a leading apostrophe, the usual defence against CSV injection.
import type { MatrixAnalysis } from "./analysis.ts";
import {
  cadenceLabels,
  feelingLabels,
  impactLabels,
  leaderJobLabels,
  placementInfo,
  skillLabels,
} from "./labels.ts";
import { providerRateOf } from "./calculator.ts";
import { currencyOf } from "./currency.ts";
import type { MatrixSettings } from "./schema.ts";

/**
 * Makes one cell safe: text starting with =, +, -, @ (or a tab or carriage return, which some
 * spreadsheets skip before reading a formula) gets a leading apostrophe so it stays text.
 * Numbers the export works out itself (a net loss is negative) are written as numbers, so the
 * spreadsheet can still add them up.
 */
export function csvCell(value: string | number): string {
  let text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : value;
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rounds to cents or hundredths so the file shows 13, not 13.000000000000002. */
const round2 = (value: number) => Math.round(value * 100) / 100;

export const csvHeader = [
  "Task",
  "Cadence",
  "Hours each time",
  "Strength or weakness",
  "Like or dislike",
  "Grows or keeps running",
  "Leader's job",
  "Sales and marketing",
  "Placement",
  "Queue position",
  "Your hours per month",
  "Provider hours per month",
  "Provider rate",
  "Provider cost per month",
  "Oversight hours per month",
  "Net gain per month",
  "Currency",
];

export function matrixCsv(analysis: MatrixAnalysis, settings: MatrixSettings): string {
  const queuePosition = new Map(analysis.queue.map((entry, index) => [entry.task.id, index + 1]));
  const rows = analysis.tasks.map(({ task, placement, figures }) => [
    task.name,
    cadenceLabels[task.cadence],
    task.hoursEach,
    skillLabels[task.skill],
    feelingLabels[task.feeling],
    impactLabels[task.impact],
    task.leaderJob ? leaderJobLabels[task.leaderJob] : "",
    task.salesMarketing ? "Yes" : "No",
    placementInfo[placement].title,
    queuePosition.get(task.id) ?? "",
    round2(figures.hoursPerMonth),
    round2(figures.providerHoursPerMonth),
    providerRateOf(task, settings),
    round2(figures.providerCost),
    round2(figures.oversightHours),
    round2(figures.netGain),
    currencyOf(settings),
  ]);
  return [csvHeader, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
