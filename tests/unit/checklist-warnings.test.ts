// Every warning rule: a leader's job, sales and marketing as a weakness, too much too soon.
import { describe, expect, test } from "vitest";
import {
  handoffsInProgress,
  matchingTask,
  needsLeaderDecision,
  warningsFor,
} from "../../src/lib/checklist/warnings.ts";
import { emptyHandoff } from "../support/checklist-fixtures.ts";
import { task } from "../support/matrix-fixtures.ts";

const kinds = (warnings: { kind: string }[]) => warnings.map((warning) => warning.kind);

describe("matchingTask", () => {
  test("finds the task a handoff was started from, even after either was renamed", () => {
    const handoff = emptyHandoff({ name: "Books", taskId: "t9" });
    const tasks = [task(), task({ id: "t9", name: "Bookkeeping and payroll" })];
    expect(matchingTask(handoff, tasks)?.id).toBe("t9");
  });

  test("falls back to the same name, ignoring case and spaces", () => {
    const handoff = emptyHandoff({ name: "  bookkeeping " });
    expect(matchingTask(handoff, [task()])?.id).toBe("t1");
  });

  test("a task that was deleted from the matrix matches nothing", () => {
    const handoff = emptyHandoff({ name: "Something else", taskId: "gone" });
    expect(matchingTask(handoff, [task()])).toBeUndefined();
  });
});

describe("warningsFor", () => {
  test("no matrix task and a single handoff: no warnings", () => {
    const handoff = emptyHandoff();
    expect(warningsFor(handoff, [], [handoff])).toEqual([]);
  });

  test("a leader's job says it should not be outsourced, names the job, and needs a decision", () => {
    const handoff = emptyHandoff({ name: "Team training", taskId: "lead" });
    const tasks = [task({ id: "lead", name: "Team training", leaderJob: "team-training" })];
    expect(warningsFor(handoff, tasks, [handoff])).toEqual([
      {
        kind: "leader-job",
        job: "team-training",
        taskName: "Team training",
        lesson: "what-not-to-outsource",
      },
    ]);
    expect(needsLeaderDecision(handoff, tasks)).toBe(true);
    expect(needsLeaderDecision(handoff, [task({ id: "lead" })])).toBe(false);
  });

  test("sales and marketing marked as a weakness points to learning it first", () => {
    const handoff = emptyHandoff({ name: "Ads", taskId: "ads" });
    const weak = [task({ id: "ads", name: "Ads", salesMarketing: true, skill: "weakness" })];
    expect(warningsFor(handoff, weak, [handoff])).toEqual([
      { kind: "learn-first", taskName: "Ads", lesson: "master-or-delegate" },
    ]);
  });

  test("sales and marketing that is a strength, or a weakness that is not sales, gets no warning", () => {
    const handoff = emptyHandoff({ name: "Ads", taskId: "ads" });
    const strong = [task({ id: "ads", salesMarketing: true, skill: "strength" })];
    const notSales = [task({ id: "ads", salesMarketing: false, skill: "weakness" })];
    expect(warningsFor(handoff, strong, [handoff])).toEqual([]);
    expect(warningsFor(handoff, notSales, [handoff])).toEqual([]);
  });

  test("more than one handoff in progress warns of too much too soon; archived ones do not count", () => {
    const first = emptyHandoff({ id: "a" });
    const second = emptyHandoff({ id: "b", name: "Payroll" });
    const parked = emptyHandoff({ id: "c", name: "Ads", archived: true });
    expect(warningsFor(first, [], [first, parked])).toEqual([]);
    expect(warningsFor(first, [], [first, second, parked])).toEqual([
      { kind: "too-much-too-soon", inProgress: 2, lesson: "why-outsourcing-fails" },
    ]);
    // An archived handoff is not itself in progress, so it is not warned about.
    expect(warningsFor(parked, [], [first, second, parked])).toEqual([]);
    expect(handoffsInProgress([first, second, parked]).map((h) => h.id)).toEqual(["a", "b"]);
  });

  test("warnings combine, most serious first", () => {
    const handoff = emptyHandoff({ id: "a", name: "Launch plan", taskId: "x" });
    const tasks = [
      task({
        id: "x",
        name: "Launch plan",
        leaderJob: "mission-vision",
        salesMarketing: true,
        skill: "weakness",
      }),
    ];
    const other = emptyHandoff({ id: "b" });
    expect(kinds(warningsFor(handoff, tasks, [handoff, other]))).toEqual([
      "leader-job",
      "learn-first",
      "too-much-too-soon",
    ]);
  });
});
