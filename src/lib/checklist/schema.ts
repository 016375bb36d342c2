// The pre-outsourcing checklists' schema (zod/mini) and full document spec, loaded once there is
// saved text to read: every handoff a person plans.
import * as z from "zod/mini";
import type { DocumentSpec } from "../storage/document.ts";
import { checklistsDocument } from "./document.ts";
import { ANSWER_MAX_LENGTH, NAME_MAX_LENGTH, rhythms, weekdays } from "./field-limits.ts";

// Each object schema is built on first use (z.lazy); DocumentSpec.schema says why.

const answer = z.string().check(z.maxLength(ANSWER_MAX_LENGTH));

/** Every written answer a handoff holds, keyed by the step (or note) it belongs to. */
export const answersSchema = z.lazy(() =>
  z.object({
    /** Define the work: what the person hopes to gain. */
    goal: answer,
    /** Define the work: the concrete outcome expected. */
    objective: answer,
    /** Define the work: how the person will know it worked. */
    successFactors: answer,
    /** Define the work: deliverables, timing, quality and availability expected of the provider. */
    expectations: answer,
    /** A link to the written procedure, or notes about it. */
    procedureNotes: answer,
    /** Where the example of good work is, or what it is. */
    exampleNotes: answer,
    /** The access and tools the provider needs. */
    access: answer,
    /** What stays with the person: decisions, relationships, approvals. */
    keptWithYou: answer,
    /** The names on the shortlist of providers. */
    shortlist: answer,
    /** What other business owners said about the shortlisted providers. */
    feedbackNotes: answer,
    /** The agreement's terms, or where it is kept. */
    agreementNotes: answer,
    /** The first piece of work, smaller than the whole job. */
    firstScope: answer,
    /** The channel the person and the provider talk on. */
    channel: answer,
    /** The measure the provider reports at each check-in. */
    measure: answer,
    /** Who on the person's side owns the result. */
    resultOwner: answer,
  }),
);

/** Every tick box a handoff holds: true once the person says the step is done. */
export const ticksSchema = z.lazy(() =>
  z.object({
    /** The procedure is written down. */
    procedureWritten: z.boolean(),
    /** An example of good work is ready to show the provider. */
    exampleReady: z.boolean(),
    /** Other business owners who used the providers were asked about them. */
    ownerFeedback: z.boolean(),
    /** Samples of the providers' work were checked. */
    samplesChecked: z.boolean(),
    /** A small paid trial was run or is booked. */
    paidTrial: z.boolean(),
    /** Price, ownership of the work and confidentiality are agreed. */
    agreement: z.boolean(),
    /** Both sides have agreed time to learn how to work together. */
    learningTime: z.boolean(),
  }),
);

export const checkInSchema = z.lazy(() =>
  z.object({
    /** How often the check-ins come round; "" until the person picks one. */
    rhythm: z.union([z.enum(rhythms), z.literal("")]),
    /** The weekday of the check-in; for a monthly rhythm, the first such day of the month. */
    day: z.union([z.enum(weekdays), z.literal("")]),
    /** The local time of day, "HH:MM" in 24 hours. */
    time: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
  }),
);

export const handoffSchema = z.lazy(() =>
  z.object({
    /** Stable id, made when the handoff is created. */
    id: z.string().check(z.minLength(1), z.maxLength(64)),
    /** What is being handed off, in the person's words; always rendered as text. */
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(NAME_MAX_LENGTH)),
    /** The matrix task this handoff was started from, if any. */
    taskId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
    /** When the handoff was created, as an ISO 8601 timestamp. */
    createdAt: z.string(),
    /** Archived handoffs are kept but no longer count as in progress. */
    archived: z.boolean(),
    /**
     * True once the person has said explicitly that they will go on although the matrix marks the
     * task as one of the leader's jobs.
     */
    leaderJobConfirmed: z.boolean(),
    /** The written answers. */
    answers: answersSchema,
    /** The tick boxes. */
    ticks: ticksSchema,
    /** The date to widen the first scope, "YYYY-MM-DD", or "" until set. */
    rampUpDate: z.string().check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/)),
    /** The recurring check-in. */
    checkIn: checkInSchema,
  }),
);

export const checklistsDocumentSchema = z.lazy(() =>
  z.object({
    /** Every handoff, in the order it was started. */
    handoffs: z.array(handoffSchema),
    /** The handoff open on the page, if any. */
    activeId: z.optional(z.string()),
  }),
);

export type Answers = z.infer<typeof answersSchema>;
export type Ticks = z.infer<typeof ticksSchema>;
export type CheckIn = z.infer<typeof checkInSchema>;
export type Handoff = z.infer<typeof handoffSchema>;
export type ChecklistsDocument = z.infer<typeof checklistsDocumentSchema>;
export type AnswerKey = keyof Answers;
export type TickKey = keyof Ticks;

export const checklistsDocumentSpec: DocumentSpec<ChecklistsDocument> = {
  ...checklistsDocument,
  schema: checklistsDocumentSchema,
};
