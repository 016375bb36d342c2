// Loads the task matrix's starter library from content/tasks/ in the shape the worksheet takes.
import { getCollection } from "astro:content";
import type { LibraryTask } from "./matrix/library.ts";

export async function getStarterTasks(): Promise<LibraryTask[]> {
  const entries = await getCollection("tasks");
  return entries.map(({ id, data: { leaderJob, ...data } }) => ({
    id,
    ...data,
    ...(leaderJob ? { leaderJob } : {}),
  }));
}
