// The seven things the readiness quiz measures, and where each one is taught.
import type { WorksheetId } from "../worksheets.ts";

/** The dimensions in the order they are shown; ties between equal scores follow this order. */
export const dimensionIds = [
  "plan",
  "systems",
  "self-knowledge",
  "partner",
  "pace",
  "management",
  "ownership",
] as const;

export type DimensionId = (typeof dimensionIds)[number];

export interface DimensionInfo {
  id: DimensionId;
  /** Short name shown next to its bar and in the table. */
  label: string;
  /** One sentence on what a high score here means. */
  about: string;
  /** Slug of the lesson that teaches it (route /lessons/<slug>/). */
  lesson: string;
  /** A second lesson worth reading, when the idea is split across two. */
  alsoLesson?: string;
  /** The worksheet that turns the lesson into action. */
  worksheet: WorksheetId;
  /** The concrete thing to do next when this is one of the weakest dimensions. */
  nextStep: string;
}

export const dimensions: Record<DimensionId, DimensionInfo> = {
  plan: {
    id: "plan",
    label: "Plan",
    about: "You know the goal, the objective, the success factors and your expectations.",
    lesson: "before-you-hand-off",
    worksheet: "checklist",
    nextStep:
      "Pick one task you want to hand off and write its goal, objective, success factors and expectations in the checklist.",
  },
  systems: {
    id: "systems",
    label: "Systems",
    about: "The work you hand off has a written procedure and a picture of a good result.",
    lesson: "before-you-hand-off",
    worksheet: "checklist",
    nextStep:
      "Next time you do a recurring task, write its steps down as you go, then check them against the checklist.",
  },
  "self-knowledge": {
    id: "self-knowledge",
    label: "Self-knowledge",
    about: "You have charted your tasks and know your strengths, weaknesses and core work.",
    lesson: "chart-your-tasks",
    worksheet: "matrix",
    nextStep:
      "List a week of your tasks in the task matrix and mark each one as a strength or weakness, liked or disliked.",
  },
  partner: {
    id: "partner",
    label: "Partner",
    about: "You check a provider's track record and talk to their past clients before signing.",
    lesson: "why-outsourcing-fails",
    worksheet: "checklist",
    nextStep:
      "Before you choose a provider, ask two business owners who have used them how it went, and note it in the checklist.",
  },
  pace: {
    id: "pace",
    label: "Pace",
    about: "You start with one small, low-risk task and grow from there.",
    lesson: "why-outsourcing-fails",
    worksheet: "checklist",
    nextStep:
      "Choose one small task to hand off first, and agree a short trial before you hand over more.",
  },
  management: {
    id: "management",
    label: "Management",
    about: "You plan regular check-ins and keep in touch while the work is under way.",
    lesson: "why-outsourcing-fails",
    worksheet: "checklist",
    nextStep:
      "Put a weekly check-in in your calendar for any work you hand off, and decide how you will give feedback.",
  },
  ownership: {
    id: "ownership",
    label: "Ownership",
    about: "You own the result whoever does the work, and keep the leader's jobs yourself.",
    lesson: "what-you-keep",
    alsoLesson: "what-not-to-outsource",
    worksheet: "matrix",
    nextStep:
      "Mark your leader's jobs (team, mission, training, results) in the task matrix so they stay with you.",
  },
};
