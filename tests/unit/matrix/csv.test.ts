// CSV export: quoting, and formula-like cells neutralised so no spreadsheet runs them.
import { expect, test } from "vitest";
import { analyseMatrix } from "../../../src/lib/matrix/analysis.ts";
import { csvCell, csvHeader, matrixCsv } from "../../../src/lib/matrix/csv.ts";
import type { MatrixDocument } from "../../../src/lib/matrix/schema.ts";
import { workedExampleSettings } from "../../support/matrix-fixtures.ts";

test.each([
  ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
  ["+1+2", "'+1+2"],
  ["-2+3", "'-2+3"],
  ["@cmd", "'@cmd"],
  ["\tleading tab", "'\tleading tab"],
  ["Plain name", "Plain name"],
  ["a = b", "a = b"],
])("the text cell %j is written as %j", (input, expected) => {
  expect(csvCell(input)).toBe(expected);
});

test("commas, quotes and line breaks are quoted, after neutralising", () => {
  expect(csvCell('Say "hi", then leave')).toBe('"Say ""hi"", then leave"');
  expect(csvCell("=A1,B2")).toBe(`"'=A1,B2"`);
  expect(csvCell("two\nlines")).toBe('"two\nlines"');
});

test("numbers stay numbers, including a negative net gain", () => {
  expect(csvCell(-120.5)).toBe("-120.5");
  expect(csvCell(Number.NaN)).toBe("");
});

test("the export has a header and one row per task with its placement and figures", () => {
  const document: MatrixDocument = {
    tasks: [
      {
        id: "a",
        name: '=HYPERLINK("http://x")',
        cadence: "weekly",
        hoursEach: 3,
        skill: "weakness",
        feeling: "dislike",
        impact: "keeps-running",
        salesMarketing: false,
      },
      {
        id: "b",
        name: "Team training",
        cadence: "monthly",
        hoursEach: 2,
        skill: "strength",
        feeling: "like",
        impact: "grows",
        salesMarketing: false,
        leaderJob: "team-training",
      },
    ],
    settings: workedExampleSettings,
  };
  const lines = matrixCsv(analyseMatrix(document), document.settings).trimEnd().split("\r\n");
  expect(lines).toHaveLength(3);
  expect(lines[0]).toBe(csvHeader.map(csvCell).join(","));
  expect(lines[1]).toBe(
    `"'=HYPERLINK(""http://x"")",Weekly,3,Weakness,Dislike it,Keeps it running,,No,Outsource first,1,13,13,25,325,1.3,845,USD`,
  );
  expect(lines[2]).toContain("Training the team");
  expect(lines[2]).toContain("Keep: lead it yourself,,2,");
});
