// Matrix tasks and settings for unit tests: a weekly weakness to hand off, and the worked example's
// settings from the matrix issue (value 100, provider 25, 10% oversight, 5 working days).
import type { LibraryTask } from "../../src/lib/matrix/library.ts";
import type { MatrixSettings, Task } from "../../src/lib/matrix/schema.ts";
import type { TaskFields } from "../../src/lib/matrix/validation.ts";

/** The settings of the calculator's worked example. */
export const workedExampleSettings: MatrixSettings = {
  hourlyValue: 100,
  currency: "USD",
  workingDaysPerWeek: 5,
  defaultProviderRate: 25,
  oversightShare: 0.1,
};

/** A task's fields without its id, as the matrix form hands them to the store. */
export function taskFields(overrides: Partial<TaskFields> = {}): TaskFields {
  return {
    name: "Bookkeeping",
    cadence: "weekly",
    hoursEach: 3,
    skill: "weakness",
    feeling: "dislike",
    impact: "keeps-running",
    salesMarketing: false,
    ...overrides,
  };
}

export function task(overrides: Partial<Task> = {}): Task {
  return { id: "t1", ...taskFields(), ...overrides };
}

/** A starter library of one task, as content/tasks/ gives the matrix island. */
export const payrollLibrary: LibraryTask[] = [
  {
    id: "payroll",
    group: "Money",
    name: "Running payroll",
    cadence: "monthly",
    hoursEach: 2,
    skill: "weakness",
    feeling: "dislike",
    impact: "keeps-running",
    salesMarketing: false,
  },
];
