// The saved documents that change what a worksheet draws, so the build's HTML of it, which shows a
// first visit, has to give way when one of them is saved (src/islands/first-visit-html.ts).
import { checklistsDocument } from "./checklist/document.ts";
import { matrixDocument } from "./matrix/document.ts";
import { progressDocument } from "./progress/document.ts";
import { quizDocument } from "./quiz/document.ts";

export const firstVisitDocuments: readonly string[] = [
  matrixDocument.name,
  checklistsDocument.name,
  quizDocument.name,
  progressDocument.name,
];
