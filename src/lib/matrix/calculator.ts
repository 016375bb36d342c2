// The time and cost calculator: hours a task takes each month, what a provider would cost, and
// what handing it off would gain, per task and totalled.
import type { MatrixSettings, Task } from "./schema.ts";
import type { Cadence } from "./task-options.ts";

/** Weeks in a month on average: 52 weeks spread over 12 months. */
const weeksPerMonth = 52 / 12;

/** How many times a month a task with this cadence comes round. */
export function timesPerMonth(cadence: Cadence, workingDaysPerWeek: number): number {
  switch (cadence) {
    case "daily":
      return workingDaysPerWeek * weeksPerMonth;
    case "weekly":
      return weeksPerMonth;
    case "monthly":
      return 1;
    case "quarterly":
      return 1 / 3;
    case "yearly":
      return 1 / 12;
  }
}

/** The calculator's figures for one task, or a total over several, for one month. */
export interface Figures {
  /** The person's own hours a month on the task. */
  hoursPerMonth: number;
  /** The hours a provider would bill a month. */
  providerHoursPerMonth: number;
  /** What the provider would cost a month. */
  providerCost: number;
  /** The person's hours a month spent overseeing the provider. */
  oversightHours: number;
  /** Freed hours, less oversight, valued at the person's rate, less the provider's cost. */
  netGain: number;
}

export const zeroFigures: Figures = {
  hoursPerMonth: 0,
  providerHoursPerMonth: 0,
  providerCost: 0,
  oversightHours: 0,
  netGain: 0,
};

/** The rate a task's provider charges: its own, or the settings' default. */
export function providerRateOf(task: Task, settings: MatrixSettings): number {
  return task.providerRate ?? settings.defaultProviderRate;
}

export function taskFigures(task: Task, settings: MatrixSettings): Figures {
  const times = timesPerMonth(task.cadence, settings.workingDaysPerWeek);
  const hoursPerMonth = task.hoursEach * times;
  const providerHoursPerMonth = (task.providerHoursEach ?? task.hoursEach) * times;
  const providerCost = providerHoursPerMonth * providerRateOf(task, settings);
  const oversightHours = hoursPerMonth * settings.oversightShare;
  const netGain = (hoursPerMonth - oversightHours) * settings.hourlyValue - providerCost;
  return { hoursPerMonth, providerHoursPerMonth, providerCost, oversightHours, netGain };
}

export function addFigures(a: Figures, b: Figures): Figures {
  return {
    hoursPerMonth: a.hoursPerMonth + b.hoursPerMonth,
    providerHoursPerMonth: a.providerHoursPerMonth + b.providerHoursPerMonth,
    providerCost: a.providerCost + b.providerCost,
    oversightHours: a.oversightHours + b.oversightHours,
    netGain: a.netGain + b.netGain,
  };
}

export function sumFigures(list: readonly Figures[]): Figures {
  return list.reduce(addFigures, zeroFigures);
}

/** A month's figures scaled to a year (twelve months). */
export function perYear(figures: Figures): Figures {
  return {
    hoursPerMonth: figures.hoursPerMonth * 12,
    providerHoursPerMonth: figures.providerHoursPerMonth * 12,
    providerCost: figures.providerCost * 12,
    oversightHours: figures.oversightHours * 12,
    netGain: figures.netGain * 12,
  };
}
