// The checklist itself: five sections of steps, each with its one-line reason and its lesson.
import type { AnswerKey, TickKey } from "./schema.ts";
import type { Rhythm, Weekday } from "./field-limits.ts";

/** The lessons a step can point to (routes /lessons/<slug>/). */
export type LessonSlug =
  | "before-you-hand-off"
  | "why-outsourcing-fails"
  | "what-you-keep"
  | "what-not-to-outsource"
  | "master-or-delegate";

interface StepBase {
  /** Unique across the checklist; also the id of the step's field on the page. */
  id: string;
  /** What must be true, as the person reads it. */
  label: string;
  /** One line on why the step matters. */
  reason: string;
  /** The lesson that explains the step. */
  lesson: LessonSlug;
  /** Whether the handoff can be ready without it. */
  required: boolean;
  /** Extra guidance shown under the label, if any. */
  hint?: string;
}

/** A written answer: done once it holds more than white space. */
export interface TextStep extends StepBase {
  kind: "text";
  field: AnswerKey;
}

/** A tick box, optionally with a notes field beside it that never decides whether it is done. */
export interface TickStep extends StepBase {
  kind: "tick";
  field: TickKey;
  notes?: { field: AnswerKey; label: string };
}

/** The ramp-up date: done once a valid date is set. */
export interface DateStep extends StepBase {
  kind: "date";
}

/** The check-in rhythm and its day: done once both are chosen. */
export interface CheckInStep extends StepBase {
  kind: "check-in";
}

export type Step = TextStep | TickStep | DateStep | CheckInStep;

export interface Section {
  id: string;
  title: string;
  /** One sentence on what the section is for. */
  intro: string;
  steps: readonly Step[];
}

export const sections: readonly Section[] = [
  {
    id: "define",
    title: "Define the work",
    intro: "Answer four questions in writing before anyone else touches the task.",
    steps: [
      {
        kind: "text",
        id: "goal",
        field: "goal",
        label: "The goal: what you hope to gain",
        hint: "For example: two evenings a week back, or faster replies to customers.",
        reason: "Without a goal you cannot tell whether handing the task off was worth it.",
        lesson: "before-you-hand-off",
        required: true,
      },
      {
        kind: "text",
        id: "objective",
        field: "objective",
        label: "The objective: the concrete outcome you expect",
        hint: "For example: every invoice sent within two days of the job.",
        reason: "A provider can only deliver an outcome that someone has named.",
        lesson: "before-you-hand-off",
        required: true,
      },
      {
        kind: "text",
        id: "successFactors",
        field: "successFactors",
        label: "The success factors: how you will know it worked",
        reason: "Signs of success agreed up front let you judge the work fairly, not by mood.",
        lesson: "before-you-hand-off",
        required: true,
      },
      {
        kind: "text",
        id: "expectations",
        field: "expectations",
        label: "Your expectations of the provider",
        hint: "Deliverables, timing, quality and availability.",
        reason: "Most disappointments are expectations that nobody wrote down.",
        lesson: "before-you-hand-off",
        required: true,
      },
    ],
  },
  {
    id: "system",
    title: "Write the system down",
    intro: "Put the way the work is done on paper, so someone else can run it.",
    steps: [
      {
        kind: "tick",
        id: "procedureWritten",
        field: "procedureWritten",
        label: "The procedure is written down",
        notes: { field: "procedureNotes", label: "Link to the procedure, or notes about it" },
        reason:
          "You need not know every step, but without the general procedure you cannot brief anyone.",
        lesson: "before-you-hand-off",
        required: true,
      },
      {
        kind: "tick",
        id: "exampleReady",
        field: "exampleReady",
        label: "An example of good work is ready",
        notes: { field: "exampleNotes", label: "Where the example is" },
        reason: "Showing what good looks like beats describing it, and gives you a yardstick.",
        lesson: "before-you-hand-off",
        required: true,
      },
      {
        kind: "text",
        id: "access",
        field: "access",
        label: "The access and tools the provider needs",
        hint: "Accounts, files, software, and who grants each.",
        reason: "A provider waiting for logins is a provider you pay to wait.",
        lesson: "before-you-hand-off",
        required: true,
      },
      {
        kind: "text",
        id: "keptWithYou",
        field: "keptWithYou",
        label: "What stays with you",
        hint: "The decisions, approvals and relationships you keep.",
        reason: "Handing off the work never hands off the responsibility for the result.",
        lesson: "what-you-keep",
        required: true,
      },
    ],
  },
  {
    id: "partner",
    title: "Choose the partner",
    intro: "Do your homework before you sign, so the wrong partner never starts.",
    steps: [
      {
        kind: "text",
        id: "shortlist",
        field: "shortlist",
        label: "A shortlist of providers",
        reason: "Comparing two or three keeps you from hiring the first one who answers.",
        lesson: "why-outsourcing-fails",
        required: true,
      },
      {
        kind: "tick",
        id: "ownerFeedback",
        field: "ownerFeedback",
        label: "Feedback from other business owners who used them",
        notes: { field: "feedbackNotes", label: "What they told you" },
        reason: "Other owners' experience is your best guard against the wrong partner.",
        lesson: "why-outsourcing-fails",
        required: true,
      },
      {
        kind: "tick",
        id: "samplesChecked",
        field: "samplesChecked",
        label: "Their work samples checked",
        reason: "Samples show what a provider delivers, not what they promise.",
        lesson: "why-outsourcing-fails",
        required: true,
      },
      {
        kind: "tick",
        id: "paidTrial",
        field: "paidTrial",
        label: "A small paid trial",
        reason: "A small paid job shows how you work together before much is at stake.",
        lesson: "why-outsourcing-fails",
        required: false,
      },
      {
        kind: "tick",
        id: "agreement",
        field: "agreement",
        label: "An agreement on price, ownership and confidentiality",
        notes: { field: "agreementNotes", label: "The terms, or where the agreement is kept" },
        reason:
          "Settling money, ownership of the work and secrets up front prevents the worst disputes.",
        lesson: "why-outsourcing-fails",
        required: true,
      },
    ],
  },
  {
    id: "small",
    title: "Start small",
    intro: "Hand over a piece first and widen it once you both know how to work together.",
    steps: [
      {
        kind: "text",
        id: "firstScope",
        field: "firstScope",
        label: "A first scope smaller than the whole job",
        reason: "Handing over everything at once is one of the commonest ways a handoff fails.",
        lesson: "why-outsourcing-fails",
        required: true,
      },
      {
        kind: "date",
        id: "rampUpDate",
        label: "A ramp-up date to widen the scope",
        reason: "A date to review and widen makes growth a decision rather than a drift.",
        lesson: "why-outsourcing-fails",
        required: true,
      },
      {
        kind: "tick",
        id: "learningTime",
        field: "learningTime",
        label: "Time agreed for both sides to learn",
        reason: "Both of you need time to find the most efficient way to work together.",
        lesson: "why-outsourcing-fails",
        required: true,
      },
    ],
  },
  {
    id: "charge",
    title: "Stay in charge",
    intro: "Decide now how you will follow the work, so it never runs unwatched.",
    steps: [
      {
        kind: "check-in",
        id: "checkIn",
        label: "A check-in rhythm and its day",
        reason: "Regular check-ins are the remedy for setting a task up and forgetting it.",
        lesson: "why-outsourcing-fails",
        required: true,
      },
      {
        kind: "text",
        id: "channel",
        field: "channel",
        label: "The channel you will talk on",
        hint: "For example: a weekly video call, a shared chat channel, email.",
        reason: "Poor communication sinks handoffs; agree where you talk before you need to.",
        lesson: "why-outsourcing-fails",
        required: true,
      },
      {
        kind: "text",
        id: "measure",
        field: "measure",
        label: "The measure the provider reports",
        hint: "For example: invoices sent and unpaid, tickets answered within a day.",
        reason: "One number reported every time shows progress without you redoing the work.",
        lesson: "before-you-hand-off",
        required: true,
      },
      {
        kind: "text",
        id: "resultOwner",
        field: "resultOwner",
        label: "Who on your side owns the result",
        hint: "You: the responsibility does not move to the provider.",
        reason: "The provider does the work; the result, good or bad, stays yours.",
        lesson: "what-you-keep",
        required: true,
      },
    ],
  },
];

export const rhythmLabels: Record<Rhythm, string> = {
  weekly: "Weekly",
  fortnightly: "Every two weeks",
  monthly: "Monthly, on the first such day",
};

export const weekdayLabels: Record<Weekday, string> = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
};

/** Every step in order, across the sections. */
export const allSteps: readonly Step[] = sections.flatMap((section) => section.steps);

/** How step reasons and warnings name the lessons they link to. */
export const lessonTitles: Record<LessonSlug, string> = {
  "before-you-hand-off": "Before you hand off",
  "why-outsourcing-fails": "Why outsourcing fails",
  "what-you-keep": "What you keep",
  "what-not-to-outsource": "What not to outsource",
  "master-or-delegate": "Master it or delegate it",
};
