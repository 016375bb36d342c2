// Orders lessons into the learning path and finds each lesson's neighbours.

/** The minimum a lesson needs for ordering: its id (slug) and its position. */
export interface PathEntry {
  id: string;
  data: { order: number; title: string; draft?: boolean };
}

/** Published lessons in path order; ties on `order` fall back to the id so builds are stable. */
export function orderLessons<T extends PathEntry>(lessons: readonly T[]): T[] {
  return lessons
    .filter((lesson) => !lesson.data.draft)
    .toSorted((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The lessons before and after `id` in the ordered path, or undefined at either end. */
export function neighbours<T extends PathEntry>(
  ordered: readonly T[],
  id: string,
): { previous: T | undefined; next: T | undefined } {
  const index = ordered.findIndex((lesson) => lesson.id === id);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}
