// The task matrix's saved document and one action per change a person can make to it.
import { persistedDocument } from "./persisted-document.ts";
import { matrixDocument } from "../lib/matrix/document.ts";
import type { MatrixSettings, Task } from "../lib/matrix/schema.ts";
import type { TaskFields } from "../lib/matrix/validation.ts";

export const $matrix = await persistedDocument(matrixDocument, () =>
  import("../lib/matrix/schema.ts").then((module) => module.matrixDocumentSpec),
);

/** A short id that is unique enough for one person's list; links such as ?task= carry it. */
function newTaskId(): string {
  return `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

function setTasks(tasks: Task[]): void {
  $matrix.set({ ...$matrix.get(), tasks });
}

/** Adds a task at the end of the list and returns its new id. */
export function addTask(fields: TaskFields): string {
  const id = newTaskId();
  setTasks([...$matrix.get().tasks, { ...fields, id }]);
  return id;
}

/** Replaces a task's fields, keeping its id and its place in the list. */
export function updateTask(id: string, fields: TaskFields): void {
  setTasks($matrix.get().tasks.map((task) => (task.id === id ? { ...fields, id } : task)));
}

/** Copies a task just after the original, named so the two can be told apart. */
export function duplicateTask(id: string): string | undefined {
  const tasks = $matrix.get().tasks;
  const index = tasks.findIndex((task) => task.id === id);
  const original = tasks[index];
  if (!original) return undefined;
  const copy: Task = {
    ...original,
    id: newTaskId(),
    name: `${original.name} (copy)`.slice(0, 120),
  };
  setTasks([...tasks.slice(0, index + 1), copy, ...tasks.slice(index + 1)]);
  return copy.id;
}

/** What deleteTask removed, so restoreTask can put it back where it was. */
export interface DeletedTask {
  task: Task;
  index: number;
}

export function deleteTask(id: string): DeletedTask | undefined {
  const tasks = $matrix.get().tasks;
  const index = tasks.findIndex((task) => task.id === id);
  const task = tasks[index];
  if (!task) return undefined;
  setTasks(tasks.filter((other) => other.id !== id));
  return { task, index };
}

/** Undoes a delete: the task returns to its old place, unless it is somehow back already. */
export function restoreTask({ task, index }: DeletedTask): void {
  const tasks = $matrix.get().tasks;
  if (tasks.some((other) => other.id === task.id)) return;
  setTasks([...tasks.slice(0, index), task, ...tasks.slice(index)]);
}

export function updateSettings(settings: MatrixSettings): void {
  $matrix.set({ ...$matrix.get(), settings });
}
