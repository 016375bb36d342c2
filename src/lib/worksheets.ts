// The three worksheets: where each lives and how lessons describe them.
import type { worksheetIds } from "../schemas/lesson.ts";

export type WorksheetId = (typeof worksheetIds)[number];

/** What a lesson's "next step" box needs to send the reader to a worksheet. */
export interface WorksheetInfo {
  title: string;
  path: string;
  /** One sentence on what the worksheet gives the reader. */
  gives: string;
}

export const worksheets: Record<WorksheetId, WorksheetInfo> = {
  matrix: {
    title: "Task matrix",
    path: "tools/matrix/",
    gives: "Chart your tasks and see what to keep, what to learn and what to hand off first.",
  },
  checklist: {
    title: "Pre-outsourcing checklist",
    path: "tools/checklist/",
    gives:
      "Work through what must be true before a handoff and leave with a brief for your provider.",
  },
  quiz: {
    title: "Readiness quiz",
    path: "quiz/",
    gives: "Find out how ready you are to outsource and which lesson to revisit first.",
  },
};
