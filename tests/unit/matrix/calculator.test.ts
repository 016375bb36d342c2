// The calculator's formulas, the worked example, and totals that add up.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { analyseMatrix } from "../../../src/lib/matrix/analysis.ts";
import {
  perYear,
  sumFigures,
  taskFigures,
  timesPerMonth,
} from "../../../src/lib/matrix/calculator.ts";
import { placements } from "../../../src/lib/matrix/placement.ts";
import type { MatrixSettings, Task } from "../../../src/lib/matrix/schema.ts";
import {
  knownCurrencies,
  settingsArbitrary,
  taskArbitrary,
  tasksArbitrary,
} from "../../support/arbitraries.ts";
import { workedExampleSettings } from "../../support/matrix-fixtures.ts";

/** Equal up to floating-point rounding, relative to the size of the numbers. */
function expectClose(actual: number, expected: number): void {
  const scale = Math.max(1, Math.abs(actual), Math.abs(expected));
  expect(Math.abs(actual - expected) / scale).toBeLessThan(1e-9);
}

const settings: MatrixSettings = workedExampleSettings;

const weekly: Task = {
  id: "t1",
  name: "Weekly report",
  cadence: "weekly",
  hoursEach: 3,
  skill: "weakness",
  feeling: "dislike",
  impact: "keeps-running",
  salesMarketing: false,
};

describe("timesPerMonth", () => {
  test.each([
    ["daily", 5, (5 * 52) / 12],
    ["daily", 6, (6 * 52) / 12],
    ["weekly", 5, 52 / 12],
    ["monthly", 5, 1],
    ["quarterly", 5, 1 / 3],
    ["yearly", 5, 1 / 12],
  ] as const)("%s with %i working days", (cadence, days, expected) => {
    expect(timesPerMonth(cadence, days)).toBeCloseTo(expected, 12);
  });
});

describe("taskFigures", () => {
  test("the worked example: weekly, 3 hours, value 100, provider 25, 10% oversight", () => {
    const figures = taskFigures(weekly, settings);
    expect(figures.hoursPerMonth).toBeCloseTo(13, 10);
    expect(figures.providerHoursPerMonth).toBeCloseTo(13, 10);
    expect(figures.providerCost).toBeCloseTo(325, 10);
    expect(figures.oversightHours).toBeCloseTo(1.3, 10);
    expect(figures.netGain).toBeCloseTo(845, 10);
  });

  test("a task's own provider rate and hours replace the defaults", () => {
    const figures = taskFigures({ ...weekly, providerRate: 40, providerHoursEach: 1.5 }, settings);
    expect(figures.hoursPerMonth).toBeCloseTo(13, 10);
    expect(figures.providerHoursPerMonth).toBeCloseTo(6.5, 10);
    expect(figures.providerCost).toBeCloseTo(260, 10);
    // (13 - 1.3) x 100 - 260
    expect(figures.netGain).toBeCloseTo(910, 10);
  });

  test("a daily task uses the working days; a provider dearer than you gives a negative gain", () => {
    const figures = taskFigures(
      { ...weekly, cadence: "daily", hoursEach: 0.25, providerRate: 200 },
      { ...settings, workingDaysPerWeek: 6, oversightShare: 0 },
    );
    expect(figures.hoursPerMonth).toBeCloseTo(6.5, 10);
    expect(figures.netGain).toBeCloseTo(6.5 * 100 - 6.5 * 200, 10);
  });

  test("per year is twelve months", () => {
    expect(perYear(taskFigures(weekly, settings)).netGain).toBeCloseTo(845 * 12, 8);
  });
});

describe("analyseMatrix", () => {
  test("queue totals equal the sum of the queued tasks' figures, and years are twelve months", () => {
    fc.assert(
      fc.property(tasksArbitrary(40), settingsArbitrary(knownCurrencies), (tasks, anySettings) => {
        const analysis = analyseMatrix({ tasks, settings: anySettings });
        const parts = sumFigures(analysis.queue.map((entry) => entry.figures));
        for (const key of Object.keys(parts) as (keyof typeof parts)[]) {
          expectClose(analysis.queueMonth[key], parts[key]);
          expectClose(analysis.queueYear[key], parts[key] * 12);
        }
      }),
    );
  });

  test("hours by placement add up to every task's hours, and every task lands exactly once", () => {
    fc.assert(
      fc.property(tasksArbitrary(40), settingsArbitrary(knownCurrencies), (tasks, anySettings) => {
        const analysis = analyseMatrix({ tasks, settings: anySettings });
        const byPlacement = placements.reduce((sum, p) => sum + analysis.hoursByPlacement[p], 0);
        const all = analysis.tasks.reduce((sum, entry) => sum + entry.figures.hoursPerMonth, 0);
        expectClose(byPlacement, all);
        const landed = placements.flatMap((p) => analysis.byPlacement[p].map((e) => e.task.id));
        expect(landed.sort()).toEqual(tasks.map((t) => t.id).sort());
      }),
    );
  });

  test("no valid input produces a figure that is NaN or infinite", () => {
    fc.assert(
      fc.property(tasksArbitrary(40), settingsArbitrary(knownCurrencies), (tasks, anySettings) => {
        const analysis = analyseMatrix({ tasks, settings: anySettings });
        const figures = [
          analysis.queueMonth,
          analysis.queueYear,
          ...analysis.tasks.map((entry) => entry.figures),
        ];
        for (const f of figures)
          for (const value of Object.values(f)) expect(Number.isFinite(value)).toBe(true);
        for (const p of placements)
          expect(Number.isFinite(analysis.hoursByPlacement[p])).toBe(true);
      }),
    );
  });
});

describe("analyseMatrix after an edit", () => {
  test("gives the same result as working the whole matrix out afresh", () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant("change" as const), at: fc.nat(), task: taskArbitrary }),
      fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
      fc.record({ kind: fc.constant("add" as const), task: taskArbitrary }),
    );
    fc.assert(
      fc.property(
        tasksArbitrary(30),
        settingsArbitrary(knownCurrencies),
        edit,
        (tasks, anySettings, change) => {
          const before = { tasks, settings: anySettings };
          const next = [...tasks];
          if (change.kind === "add") next.push({ ...change.task, id: "added" });
          else if (next.length > 0) {
            const at = change.at % next.length;
            if (change.kind === "delete") next.splice(at, 1);
            else next[at] = { ...change.task, id: next[at]!.id };
          }
          const after = { tasks: next, settings: anySettings };
          expect(analyseMatrix(after, analyseMatrix(before))).toEqual(analyseMatrix(after));
        },
      ),
    );
  });

  test("keeps what the edit did not touch as the same objects, so views can skip it", () => {
    const chore = { ...weekly, id: "chore", name: "Filing" };
    const core = { ...weekly, id: "core", name: "Sales calls", impact: "grows" as const };
    const strong = { ...core, id: "strong", skill: "strength" as const };
    const before = analyseMatrix({ tasks: [weekly, chore, core, strong], settings });
    const renamed = { ...chore, name: "Filing and scanning" };
    const after = analyseMatrix({ tasks: [weekly, renamed, core, strong], settings }, before);

    expect(after.byPlacement["outsource-first"]).not.toBe(before.byPlacement["outsource-first"]);
    expect(after.queue).not.toBe(before.queue);
    for (const placement of ["learn-delegate", "master-keep", "keep-lead"] as const) {
      expect(after.byPlacement[placement]).toBe(before.byPlacement[placement]);
    }
    expect(after.tasks[0]).toBe(before.tasks[0]);
    expect(after.tasks[1]?.task.name).toBe("Filing and scanning");

    // New settings change every figure, so nothing is kept.
    const dearer = { ...settings, hourlyValue: 200 };
    const repriced = analyseMatrix(
      { tasks: [weekly, renamed, core, strong], settings: dearer },
      after,
    );
    expect(repriced.tasks[0]).not.toBe(after.tasks[0]);
    expect(repriced.tasks[0]?.figures.netGain).not.toBe(after.tasks[0]?.figures.netGain);
  });
});
