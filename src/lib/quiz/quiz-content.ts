// Loads the quiz versions and lesson titles from the content collections at build time.
import { getCollection } from "astro:content";
import type { QuizView } from "./versions.ts";

/** Every quiz version in content/quiz/, oldest first. */
export async function getQuizVersions(): Promise<QuizView[]> {
  const entries = await getCollection("quiz");
  if (entries.length === 0) throw new Error("content/quiz/ has no quiz version (v1.json, ...).");
  return entries.map((entry) => entry.data).sort((a, b) => a.version - b.version);
}

/** The version people take now: the highest number. */
export async function getCurrentQuiz(): Promise<QuizView> {
  return (await getQuizVersions()).at(-1)!;
}

/** Lesson titles by slug, so result pages can name the lessons they point to. */
export async function getLessonTitles(): Promise<Record<string, string>> {
  const lessons = await getCollection("lessons");
  return Object.fromEntries(lessons.map((lesson) => [lesson.id, lesson.data.title]));
}
