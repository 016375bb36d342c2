// Content collections: lessons are MDX files in content/lessons/, and each version of the
// readiness quiz is a JSON file in content/quiz/; both are checked against their schemas.
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { lessonSchema } from "./schemas/lesson.ts";
import { quizVersionSchema } from "./schemas/quiz.ts";

const lessons = defineCollection({
  loader: glob({ pattern: "**/*.mdx", base: "./content/lessons" }),
  schema: lessonSchema,
});

/** One entry per quiz version (content/quiz/v1.json, v2.json, ...); old ones stay for old links. */
const quiz = defineCollection({
  loader: glob({ pattern: "v*.json", base: "./content/quiz" }),
  schema: quizVersionSchema,
});

export const collections = { lessons, quiz };
