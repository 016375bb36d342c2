// The handoff brief: its parts in order, the check-in in words, and the Markdown to copy.
import { describe, expect, test } from "vitest";
import {
  briefEntries,
  briefMarkdown,
  describeCheckIn,
  formatLongDate,
} from "../../src/lib/checklist/brief.ts";
import { completeHandoff, emptyHandoff } from "../support/checklist-fixtures.ts";

describe("describeCheckIn", () => {
  test.each([
    ["weekly", "Every week on Tuesday at 09:30"],
    ["fortnightly", "Every two weeks on Tuesday at 09:30"],
    ["monthly", "Every month on the first Tuesday at 09:30"],
  ] as const)("%s", (rhythm, words) => {
    expect(describeCheckIn({ rhythm, day: "tue", time: "09:30" })).toBe(words);
  });

  test("says nothing until the rhythm and day are chosen", () => {
    expect(describeCheckIn({ rhythm: "", day: "tue", time: "09:30" })).toBe("");
  });
});

test("formatLongDate writes the day out in full, and refuses impossible dates", () => {
  expect(formatLongDate("2027-01-15")).toBe("Friday, 15 January 2027");
  expect(formatLongDate("2027-02-30")).toBe("");
});

describe("briefEntries", () => {
  test("holds the task's four answers, procedure, scope, ramp-up and check-ins in order", () => {
    const entries = briefEntries(completeHandoff());
    expect(entries.map((entry) => entry.heading)).toEqual([
      "The goal",
      "The objective",
      "How we will know it worked",
      "What I expect from you",
      "The procedure",
      "Access and tools",
      "What stays with me",
      "The first scope",
      "Ramp-up date",
      "Check-ins",
      "Where we talk",
      "What you report at each check-in",
      "Who owns the result on my side",
    ]);
    const byHeading = Object.fromEntries(entries.map((entry) => [entry.heading, entry.text]));
    expect(byHeading["The procedure"]).toBe("https://example.org/procedure");
    expect(byHeading["Ramp-up date"]).toBe(
      "Friday, 15 January 2027: we review the first scope and widen it.",
    );
    expect(byHeading["Check-ins"]).toBe("Every week on Tuesday at 09:30");
  });

  test("a written procedure without notes still says so", () => {
    const handoff = completeHandoff();
    handoff.answers.procedureNotes = "";
    const procedure = briefEntries(handoff).find((entry) => entry.heading === "The procedure");
    expect(procedure?.text).toBe("Written down; I will share it with you.");
  });
});

describe("briefMarkdown", () => {
  test("is a titled document with a section per part", () => {
    const markdown = briefMarkdown(completeHandoff());
    expect(
      markdown.startsWith("# Handoff brief: Bookkeeping\n\n## The goal\n\nGet my Friday"),
    ).toBe(true);
    expect(markdown).toContain("## Check-ins\n\nEvery week on Tuesday at 09:30\n");
    expect(markdown.endsWith("## Who owns the result on my side\n\nMe\n")).toBe(true);
  });

  test("blank answers say so instead of leaving a hole", () => {
    const markdown = briefMarkdown(emptyHandoff());
    expect(markdown).toContain("## The goal\n\nNot written yet.\n");
  });

  test("long answers keep their paragraphs, with Windows line endings made plain", () => {
    const long = "First paragraph.\r\n\r\nSecond paragraph. " + "More words. ".repeat(400);
    const handoff = completeHandoff();
    handoff.answers.goal = long;
    const markdown = briefMarkdown(handoff);
    expect(markdown).toContain("First paragraph.\n\nSecond paragraph.");
    expect(markdown).not.toContain("\r");
    expect(markdown.length).toBeGreaterThan(4800);
  });
});
