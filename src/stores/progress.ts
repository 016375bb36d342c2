// Lesson progress: which lessons the reader has finished. Loaded lazily by the site shell.
import { persistedDocument } from "./persisted-document.ts";
import { markRead, markUnread, progressDocument } from "../lib/progress/document.ts";

export const $progress = await persistedDocument(progressDocument, () =>
  import("../lib/progress/schema.ts").then((module) => module.progressDocumentSpec),
);

/** Marks a lesson read (reaching its end, or ticking "I've read this lesson"). */
export function markLessonRead(lessonId: string): void {
  $progress.set(markRead($progress.get(), lessonId, new Date().toISOString()));
}

/** Takes a lesson off the read list (unticking the control). */
export function markLessonUnread(lessonId: string): void {
  $progress.set(markUnread($progress.get(), lessonId));
}
