// Plain words for every choice a task has, shared by the editor, the chips, the table and CSV.
import type { Placement } from "./placement.ts";
import type { Task } from "./schema.ts";
import type { Cadence, LeaderJob } from "./task-options.ts";

export const cadenceLabels: Record<Cadence, string> = {
  daily: "Daily",
  weekly: "Weekly",
  monthly: "Monthly",
  quarterly: "Quarterly",
  yearly: "Yearly",
};

export const leaderJobLabels: Record<LeaderJob, string> = {
  "team-building": "Building the team",
  "mission-vision": "Mission and vision",
  "team-training": "Training the team",
  "results-reporting": "Tracking and reporting results",
};

export const skillLabels: Record<Task["skill"], string> = {
  strength: "Strength",
  weakness: "Weakness",
};

export const feelingLabels: Record<Task["feeling"], string> = {
  like: "Like it",
  dislike: "Dislike it",
};

export const impactLabels: Record<Task["impact"], string> = {
  grows: "Grows the business",
  "keeps-running": "Keeps it running",
};

/** What each placement is called, what it asks of the person, and the lesson that explains it. */
export const placementInfo: Record<
  Placement,
  { title: string; advice: string; lesson: string; lessonLabel: string }
> = {
  "keep-lead": {
    title: "Keep: lead it yourself",
    advice:
      "This is one of the leader's four jobs. Nobody outside knows your people and your direction the way you do, so it stays with you.",
    lesson: "what-not-to-outsource",
    lessonLabel: "What you should not outsource",
  },
  "master-keep": {
    title: "Master and keep",
    advice: "Your core: you are good at it and it moves the business forward. Protect time for it.",
    lesson: "master-or-delegate",
    lessonLabel: "Master it or delegate it",
  },
  "learn-delegate": {
    title: "Learn it, then delegate",
    advice:
      "It matters for growth, so learn it well enough to brief someone and judge their work before you hand it off.",
    lesson: "master-or-delegate",
    lessonLabel: "Master it or delegate it",
  },
  "outsource-first": {
    title: "Outsource first",
    advice:
      "It only keeps things running and you are not good at it: the best candidates to hand off.",
    lesson: "chart-your-tasks",
    lessonLabel: "Chart your tasks",
  },
  "systemize-delegate": {
    title: "Systemize, then delegate",
    advice:
      "You do it well, but it only keeps things running. Write down how you do it, then hand it off.",
    lesson: "chart-your-tasks",
    lessonLabel: "Chart your tasks",
  },
};
