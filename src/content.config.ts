// Content collections: lessons are MDX files in content/lessons/, and the task matrix's starter
// library is a YAML list in content/tasks/; each is checked against its schema at build time.
import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { lessonSchema } from "./schemas/lesson.ts";
import { starterTaskSchema } from "./schemas/starter-task.ts";

const lessons = defineCollection({
  loader: glob({ pattern: "**/*.mdx", base: "./content/lessons" }),
  schema: lessonSchema,
});

const tasks = defineCollection({
  loader: file("./content/tasks/starter-library.yaml"),
  schema: starterTaskSchema,
});

export const collections = { lessons, tasks };
