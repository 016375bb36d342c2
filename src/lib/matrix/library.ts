// A starter-library task as the worksheet receives it: task fields plus its library id and group.
import type { TaskFields } from "./validation.ts";

export interface LibraryTask extends TaskFields {
  /** The library entry's id (not a task id: adding it makes a new task). */
  id: string;
  /** The group it is listed under. */
  group: string;
}

/** The task fields to add for a library entry, leaving its library id and group behind. */
export function fieldsOfLibraryTask({
  id: _id,
  group: _group,
  ...fields
}: LibraryTask): TaskFields {
  return fields;
}
