// The placement rules, in order, and the order of the hand-off queue.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  handoffQueue,
  placementOf,
  type PlacementInput,
} from "../../../src/lib/matrix/placement.ts";
import type { Task } from "../../../src/lib/matrix/schema.ts";
import { taskArbitrary } from "../../support/arbitraries.ts";

const base: PlacementInput = { salesMarketing: false, impact: "grows", skill: "strength" };

describe("placementOf", () => {
  test("rule 1: a leader's job is kept whatever else is marked", () => {
    for (const impact of ["grows", "keeps-running"] as const)
      for (const skill of ["strength", "weakness"] as const)
        for (const salesMarketing of [true, false])
          expect(placementOf({ leaderJob: "team-training", impact, skill, salesMarketing })).toBe(
            "keep-lead",
          );
  });

  test("rule 2: sales and marketing marked as a weakness is learned first, even if it only keeps things running", () => {
    expect(
      placementOf({ ...base, salesMarketing: true, skill: "weakness", impact: "keeps-running" }),
    ).toBe("learn-delegate");
    expect(placementOf({ ...base, salesMarketing: true, skill: "weakness", impact: "grows" })).toBe(
      "learn-delegate",
    );
  });

  test("sales and marketing as a strength follows the grid like any other task", () => {
    expect(placementOf({ ...base, salesMarketing: true, skill: "strength", impact: "grows" })).toBe(
      "master-keep",
    );
    expect(
      placementOf({ ...base, salesMarketing: true, skill: "strength", impact: "keeps-running" }),
    ).toBe("systemize-delegate");
  });

  test("rule 3: grows the business and a strength is mastered and kept", () => {
    expect(placementOf({ ...base, impact: "grows", skill: "strength" })).toBe("master-keep");
  });

  test("rule 4: grows the business and a weakness is learned, then delegated", () => {
    expect(placementOf({ ...base, impact: "grows", skill: "weakness" })).toBe("learn-delegate");
  });

  test("rule 5: keeps it running and a weakness is outsourced first", () => {
    expect(placementOf({ ...base, impact: "keeps-running", skill: "weakness" })).toBe(
      "outsource-first",
    );
  });

  test("rule 6: keeps it running and a strength is systemized, then delegated", () => {
    expect(placementOf({ ...base, impact: "keeps-running", skill: "strength" })).toBe(
      "systemize-delegate",
    );
  });
});

const task = (id: string, fields: Partial<Task>): Task => ({
  id,
  name: id,
  cadence: "weekly",
  hoursEach: 1,
  skill: "weakness",
  feeling: "like",
  impact: "keeps-running",
  salesMarketing: false,
  ...fields,
});

describe("handoffQueue", () => {
  const hoursOf = (t: Task) => ({ task: t, hoursPerMonth: t.hoursEach });

  test("Outsource first comes before Systemize; disliked before liked; then most hours first", () => {
    const tasks = [
      task("systemize-disliked", { skill: "strength", feeling: "dislike", hoursEach: 50 }),
      task("outsource-liked-big", { feeling: "like", hoursEach: 20 }),
      task("outsource-disliked-small", { feeling: "dislike", hoursEach: 1 }),
      task("outsource-disliked-big", { feeling: "dislike", hoursEach: 5 }),
      task("kept", { impact: "grows", skill: "strength", hoursEach: 99 }),
      task("leader", { leaderJob: "results-reporting", hoursEach: 99 }),
      task("systemize-liked", { skill: "strength", feeling: "like", hoursEach: 80 }),
    ];
    expect(handoffQueue(tasks, hoursOf).map((t) => t.id)).toEqual([
      "outsource-disliked-big",
      "outsource-disliked-small",
      "outsource-liked-big",
      "systemize-disliked",
      "systemize-liked",
    ]);
  });

  test("equal tasks keep the order they were added in", () => {
    const tasks = [task("first", {}), task("second", {}), task("third", {})];
    expect(handoffQueue(tasks, hoursOf).map((t) => t.id)).toEqual(["first", "second", "third"]);
  });

  test("the queue holds exactly the tasks placed in Outsource first or Systemize, each once", () => {
    fc.assert(
      fc.property(fc.array(taskArbitrary, { maxLength: 30 }), (tasks) => {
        const queue = handoffQueue(tasks, hoursOf);
        const expected = tasks.filter((t) =>
          ["outsource-first", "systemize-delegate"].includes(placementOf(t)),
        );
        expect(queue).toHaveLength(expected.length);
        expect(new Set(queue)).toEqual(new Set(expected));
        // Never a systemize task ahead of an outsource-first one.
        const ranks = queue.map((t) => (placementOf(t) === "outsource-first" ? 0 : 1));
        expect([...ranks].sort()).toEqual(ranks);
      }),
    );
  });
});
