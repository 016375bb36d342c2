// Where a task lands on the matrix, by the rules in order, and the order tasks are handed off in.
import type { Task } from "./schema.ts";

/** The five places a task can land: the Keep lane plus the four quadrants of the grid. */
export const placements = [
  "keep-lead",
  "master-keep",
  "learn-delegate",
  "outsource-first",
  "systemize-delegate",
] as const;

export type Placement = (typeof placements)[number];

/** The fields the rules read; a whole task fits, and so does a draft in the editor. */
export type PlacementInput = Pick<Task, "leaderJob" | "salesMarketing" | "impact" | "skill">;

/**
 * Applies the rules in order: a leader's job is kept whatever else is marked; sales and
 * marketing work marked as a weakness is learned before it is delegated; then the 2x2 of
 * grows/keeps running by strength/weakness decides.
 */
export function placementOf(task: PlacementInput): Placement {
  if (task.leaderJob !== undefined) return "keep-lead";
  if (task.salesMarketing && task.skill === "weakness") return "learn-delegate";
  if (task.impact === "grows") return task.skill === "strength" ? "master-keep" : "learn-delegate";
  return task.skill === "weakness" ? "outsource-first" : "systemize-delegate";
}

export function isQueued(placement: Placement): boolean {
  return placement === "outsource-first" || placement === "systemize-delegate";
}

/** What the queue needs to know about an item: its task and that task's hours per month. */
export interface QueueCandidate {
  task: Task;
  hoursPerMonth: number;
}

/**
 * The hand-off queue: Outsource first, then Systemize then delegate; within each, disliked
 * tasks before liked ones, then the most hours per month first. Ties keep the order the tasks
 * were added in (Array.prototype.sort is stable).
 */
export function handoffQueue<T>(items: readonly T[], candidate: (item: T) => QueueCandidate): T[] {
  return items
    .map((item) => {
      const { task, hoursPerMonth } = candidate(item);
      const placement = placementOf(task);
      return {
        item,
        queued: isQueued(placement),
        rank: placement === "outsource-first" ? 0 : 1,
        disliked: task.feeling === "dislike" ? 0 : 1,
        hours: hoursPerMonth,
      };
    })
    .filter((entry) => entry.queued)
    .sort((a, b) => a.rank - b.rank || a.disliked - b.disliked || b.hours - a.hours)
    .map((entry) => entry.item);
}
