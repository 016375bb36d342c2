// How lesson progress is stored (its key, version and empty state) and the two changes made to
// it. The schema is in schema.ts, loaded only when there is saved text to read.
import type { DocumentBasics } from "../storage/document-basics.ts";
import type { Progress } from "./schema.ts";

export const progressDocument: DocumentBasics<Progress> = {
  name: "progress",
  label: "lesson progress",
  version: 1,
  empty: () => ({ read: {} }),
};

/** The progress with `lessonId` marked read at `at`, keeping an earlier date if there is one. */
export function markRead(progress: Progress, lessonId: string, at: string): Progress {
  if (progress.read[lessonId] !== undefined) return progress;
  return { read: { ...progress.read, [lessonId]: at } };
}

/** The progress with `lessonId` no longer marked read. */
export function markUnread(progress: Progress, lessonId: string): Progress {
  if (progress.read[lessonId] === undefined) return progress;
  const read = { ...progress.read };
  delete read[lessonId];
  return { read };
}
