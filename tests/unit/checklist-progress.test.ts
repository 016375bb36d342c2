// Readiness and progress of a handoff: which steps are done, per section, overall, and what is missing.
import { describe, expect, test } from "vitest";
import {
  isCalendarDate,
  isReady,
  isStepDone,
  missingItems,
  overallProgress,
  sectionProgress,
} from "../../src/lib/checklist/progress.ts";
import { allSteps, sections } from "../../src/lib/checklist/steps.ts";
import { completeHandoff, emptyHandoff } from "../support/checklist-fixtures.ts";

describe("the checklist's steps", () => {
  test("has the five sections in order, each step with a reason and a lesson", () => {
    expect(sections.map((section) => section.title)).toEqual([
      "Define the work",
      "Write the system down",
      "Choose the partner",
      "Start small",
      "Stay in charge",
    ]);
    const ids = allSteps.map((step) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const step of allSteps) {
      expect(step.reason.length, step.id).toBeGreaterThan(10);
      expect(step.reason, step.id).not.toMatch(/\n/);
    }
  });

  test("the four answers that define the work are required", () => {
    const define = sections[0]!;
    expect(define.steps.map((step) => [step.id, step.required])).toEqual([
      ["goal", true],
      ["objective", true],
      ["successFactors", true],
      ["expectations", true],
    ]);
  });
});

describe("isCalendarDate", () => {
  test.each([
    ["2026-12-01", true],
    ["2028-02-29", true],
    ["2027-02-29", false],
    ["2026-13-01", false],
    ["2026-1-1", false],
    ["", false],
  ])("%s is %s", (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe("isStepDone", () => {
  const step = (id: string) => allSteps.find((candidate) => candidate.id === id)!;

  test("a written answer of only white space is not done", () => {
    const handoff = emptyHandoff();
    handoff.answers.goal = "   \n ";
    expect(isStepDone(handoff, step("goal"))).toBe(false);
    handoff.answers.goal = "More time";
    expect(isStepDone(handoff, step("goal"))).toBe(true);
  });

  test("a tick step is decided by its tick, never by its notes", () => {
    const handoff = emptyHandoff();
    handoff.answers.procedureNotes = "https://example.org";
    expect(isStepDone(handoff, step("procedureWritten"))).toBe(false);
    handoff.ticks.procedureWritten = true;
    expect(isStepDone(handoff, step("procedureWritten"))).toBe(true);
  });

  test("the check-in needs both a rhythm and a day", () => {
    const handoff = emptyHandoff({ checkIn: { rhythm: "weekly", day: "", time: "09:00" } });
    expect(isStepDone(handoff, step("checkIn"))).toBe(false);
    handoff.checkIn.day = "fri";
    expect(isStepDone(handoff, step("checkIn"))).toBe(true);
  });

  test("the ramp-up date must be a real date", () => {
    expect(isStepDone(emptyHandoff({ rampUpDate: "2027-02-30" }), step("rampUpDate"))).toBe(false);
    expect(isStepDone(emptyHandoff({ rampUpDate: "2027-02-28" }), step("rampUpDate"))).toBe(true);
  });
});

describe("progress", () => {
  test("an empty handoff has nothing done, and counts every step", () => {
    const handoff = emptyHandoff();
    expect(overallProgress(handoff)).toEqual({ done: 0, total: allSteps.length });
    expect(sections.map((section) => sectionProgress(handoff, section))).toEqual(
      sections.map((section) => ({ done: 0, total: section.steps.length })),
    );
  });

  test("each section counts only its own steps", () => {
    const handoff = emptyHandoff();
    handoff.answers.goal = "x";
    handoff.answers.objective = "y";
    handoff.ticks.learningTime = true;
    expect(sections.map((section) => sectionProgress(handoff, section).done)).toEqual([
      2, 0, 0, 1, 0,
    ]);
    expect(overallProgress(handoff)).toEqual({ done: 3, total: allSteps.length });
  });

  test("a complete handoff is all done", () => {
    expect(overallProgress(completeHandoff())).toEqual({
      done: allSteps.length,
      total: allSteps.length,
    });
  });
});

describe("readiness", () => {
  test("a complete handoff is ready, with nothing missing", () => {
    expect(missingItems(completeHandoff(), false)).toEqual([]);
    expect(isReady(completeHandoff(), false)).toBe(true);
  });

  test("an optional step does not stand in the way", () => {
    const handoff = completeHandoff();
    handoff.ticks.paidTrial = false;
    expect(isReady(handoff, false)).toBe(true);
  });

  test("every required step is needed: leaving any one out makes it not ready", () => {
    for (const step of allSteps.filter((candidate) => candidate.required)) {
      const handoff = completeHandoff();
      if (step.kind === "text") handoff.answers[step.field] = "";
      if (step.kind === "tick") handoff.ticks[step.field] = false;
      if (step.kind === "date") handoff.rampUpDate = "";
      if (step.kind === "check-in") handoff.checkIn.rhythm = "";
      expect(isReady(handoff, false), step.id).toBe(false);
      expect(missingItems(handoff, false).map((item) => item.id)).toEqual([step.id]);
    }
  });

  test("what is missing is listed in checklist order, with its section", () => {
    const handoff = completeHandoff();
    handoff.answers.resultOwner = "";
    handoff.answers.goal = "";
    handoff.ticks.agreement = false;
    expect(missingItems(handoff, false)).toEqual([
      { id: "goal", section: "Define the work", label: "The goal: what you hope to gain" },
      {
        id: "agreement",
        section: "Choose the partner",
        label: "An agreement on price, ownership and confidentiality",
      },
      { id: "resultOwner", section: "Stay in charge", label: "Who on your side owns the result" },
    ]);
  });

  test("a leader's job is not ready until the person decides explicitly to go on", () => {
    const handoff = completeHandoff();
    expect(isReady(handoff, true)).toBe(false);
    expect(missingItems(handoff, true).map((item) => item.id)).toEqual(["leader-job"]);
    handoff.leaderJobConfirmed = true;
    expect(isReady(handoff, true)).toBe(true);
  });

  test("the leader's-job decision comes first in the missing list", () => {
    const ids = missingItems(emptyHandoff(), true).map((item) => item.id);
    expect(ids[0]).toBe("leader-job");
    expect(ids.slice(1)).toEqual(allSteps.filter((step) => step.required).map((step) => step.id));
  });
});
