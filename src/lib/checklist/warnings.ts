// Warnings drawn from what the person already told Handoff: the matrix's marks and their handoffs.
import type { Task } from "../matrix/schema.ts";
import type { leaderJobs } from "../matrix/task-options.ts";
import type { Handoff } from "./schema.ts";
import type { LessonSlug } from "./steps.ts";

export type LeaderJob = (typeof leaderJobs)[number];

/** What each of the leader's four jobs is called, and why it stays with the leader. */
export const leaderJobReasons: Record<LeaderJob, { title: string; reason: string }> = {
  "team-building": {
    title: "building the team",
    reason:
      "A team is built through meetings, shared work and time together with you. Nobody outside the business can do that on your behalf.",
  },
  "mission-vision": {
    title: "planning the mission and the vision",
    reason:
      "An outsider does not know where your business came from or where you want it to go, so they cannot tell where to start or where to head.",
  },
  "team-training": {
    title: "training the team",
    reason:
      "Outside courses and events can add to training, but nothing replaces you teaching your people and answering their questions, especially when they are new.",
  },
  "results-reporting": {
    title: "tracking and reporting results",
    reason:
      "Your people need to hear from you how they are doing and how and when they are paid. Keeping that organised is part of leading them.",
  },
};

export type Warning =
  | { kind: "leader-job"; job: LeaderJob; taskName: string; lesson: LessonSlug }
  | { kind: "learn-first"; taskName: string; lesson: LessonSlug }
  | { kind: "too-much-too-soon"; inProgress: number; lesson: LessonSlug };

const sameName = (a: string, b: string) =>
  a.trim().toLocaleLowerCase("en") === b.trim().toLocaleLowerCase("en");

/**
 * The matrix task a handoff is about: the one it was started from, or else the task with the
 * same name, so a handoff added by name still hears what the matrix says about it.
 */
export function matchingTask(handoff: Handoff, tasks: readonly Task[]): Task | undefined {
  if (handoff.taskId !== undefined) {
    const byId = tasks.find((task) => task.id === handoff.taskId);
    if (byId) return byId;
  }
  return tasks.find((task) => sameName(task.name, handoff.name));
}

/** Handoffs that count as in progress: every one not archived. */
export function handoffsInProgress(handoffs: readonly Handoff[]): Handoff[] {
  return handoffs.filter((handoff) => !handoff.archived);
}

/** Whether the person must say explicitly that they will go on before planning this handoff. */
export function needsLeaderDecision(handoff: Handoff, tasks: readonly Task[]): boolean {
  return matchingTask(handoff, tasks)?.leaderJob !== undefined;
}

/** Every warning for one handoff, most serious first. */
export function warningsFor(
  handoff: Handoff,
  tasks: readonly Task[],
  handoffs: readonly Handoff[],
): Warning[] {
  const warnings: Warning[] = [];
  const task = matchingTask(handoff, tasks);
  if (task?.leaderJob !== undefined) {
    warnings.push({
      kind: "leader-job",
      job: task.leaderJob,
      taskName: task.name,
      lesson: "what-not-to-outsource",
    });
  }
  if (task?.salesMarketing && task.skill === "weakness") {
    warnings.push({ kind: "learn-first", taskName: task.name, lesson: "master-or-delegate" });
  }
  const inProgress = handoffsInProgress(handoffs).length;
  if (!handoff.archived && inProgress > 1) {
    warnings.push({ kind: "too-much-too-soon", inProgress, lesson: "why-outsourcing-fails" });
  }
  return warnings;
}
