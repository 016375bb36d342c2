// Shows and records lesson progress: marks read lessons in the sidebar and learning path, and
// keeps the "I've read this lesson" box in step. The site shell imports it only when needed.
import { $progress, markLessonRead, markLessonUnread } from "../stores/progress.ts";

let shown = false;

function render(read: Record<string, string>): void {
  for (const item of document.querySelectorAll<HTMLElement>("[data-lesson-id]")) {
    const isRead = read[item.dataset.lessonId ?? ""] !== undefined;
    item.toggleAttribute("data-read", isRead);
    const label = item.querySelector("[data-read-label]");
    if (label) label.textContent = isRead ? label.getAttribute("data-read-text") : "";
  }
  const toggle = document.querySelector<HTMLInputElement>("[data-read-toggle]");
  const lessonId = document.querySelector<HTMLElement>("[data-lesson]")?.dataset.lesson;
  if (toggle && lessonId) toggle.checked = read[lessonId] !== undefined;
}

/** Starts showing progress; later changes, also from other tabs, show at once. */
export function showProgress(): void {
  if (shown) return;
  shown = true;
  $progress.subscribe((progress) => render(progress.read));
}

/** Records that the reader has (or has not) read a lesson. */
export function setLessonRead(lessonId: string, read: boolean): void {
  // Record first, then start showing: showing first would briefly untick a box just ticked.
  if (read) markLessonRead(lessonId);
  else markLessonUnread(lessonId);
  showProgress();
}
