// How the readiness quiz is stored: its key, version and empty state (the schema is in
// schema.ts, loaded only when there is saved text to read).
import type { DocumentBasics } from "../storage/document-basics.ts";
import type { QuizDocument } from "./schema.ts";

export const quizDocument: DocumentBasics<QuizDocument> = {
  name: "quiz",
  label: "readiness quiz",
  version: 1,
  empty: () => ({ quizVersion: 0, answers: [], position: 0, finished: false, history: [] }),
};
