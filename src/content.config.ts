// Content collections: lessons are MDX files in content/lessons/, the task matrix's starter
// library is a YAML list in content/tasks/, and each version of the readiness quiz is a JSON
// file in content/quiz/; each is checked against its schema at build time.
import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { lessonSchema } from "./schemas/lesson.ts";
import { starterTaskSchema } from "./schemas/starter-task.ts";
import { quizVersionSchema } from "./schemas/quiz.ts";

const lessons = defineCollection({
  loader: glob({ pattern: "**/*.mdx", base: "./content/lessons" }),
  schema: lessonSchema,
});

const tasks = defineCollection({
  loader: file("./content/tasks/starter-library.yaml"),
  schema: starterTaskSchema,
});

/** One entry per quiz version (content/quiz/v1.json, v2.json, ...); old ones stay for old links. */
const quiz = defineCollection({
  loader: glob({ pattern: "v*.json", base: "./content/quiz" }),
  schema: quizVersionSchema,
});

export const collections = { lessons, tasks, quiz };
