// The task matrix's schema (zod/mini) and full document spec, loaded once there is saved text
// to read: the person's tasks and calculator settings.
import * as z from "zod/mini";
import type { DocumentSpec } from "../storage/document.ts";
import { matrixDocument } from "./document.ts";
import { cadences, leaderJobs, maxHoursEach, maxRate } from "./task-options.ts";

// Each object schema is built on first use (z.lazy); DocumentSpec.schema says why.

export const taskSchema = z.lazy(() =>
  z.object({
    /** Stable id, made when the task is created; links such as "Plan this handoff" use it. */
    id: z.string().check(z.minLength(1), z.maxLength(64)),
    /** What the task is, in the person's words; always rendered as text, never as markup. */
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
    /** How often the task comes round. */
    cadence: z.enum(cadences),
    /** The person's hours each time the task is done; may be fractional (0.25 is 15 minutes). */
    hoursEach: z.number().check(z.positive(), z.lte(maxHoursEach)),
    /** Whether the person is good at it. */
    skill: z.enum(["strength", "weakness"]),
    /** Whether the person enjoys it. */
    feeling: z.enum(["like", "dislike"]),
    /** Whether it moves the business forward or keeps it running. */
    impact: z.enum(["grows", "keeps-running"]),
    /** Which of the leader's four jobs this is, if any; a leader's job is never handed off. */
    leaderJob: z.optional(z.enum(leaderJobs)),
    /** Whether it is sales or marketing work, which is learned before it is delegated. */
    salesMarketing: z.boolean(),
    /** The provider's hourly rate; falls back to the settings' default rate when absent. */
    providerRate: z.optional(z.number().check(z.gte(0), z.lte(maxRate))),
    /** The provider's hours each time; falls back to the person's own hours when absent. */
    providerHoursEach: z.optional(z.number().check(z.positive(), z.lte(maxHoursEach))),
  }),
);

export const matrixSettingsSchema = z.lazy(() =>
  z.object({
    /** What an hour of the person's time is worth to the business, in `currency`. */
    hourlyValue: z.number().check(z.gte(0), z.lte(maxRate)),
    /**
     * ISO 4217 currency code used to format every amount. Absent until the person saves their
     * figures; amounts are then shown in the currency of the reader's locale.
     */
    currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
    /** Working days per week, used to turn a daily task into times per month. */
    workingDaysPerWeek: z.number().check(z.gte(1), z.lte(7)),
    /** Provider rate used for tasks that do not set their own. */
    defaultProviderRate: z.number().check(z.gte(0), z.lte(maxRate)),
    /** Share of freed time spent overseeing the provider, from 0 to 1 (0.1 is 10%). */
    oversightShare: z.number().check(z.gte(0), z.lte(1)),
  }),
);

export const matrixDocumentSchema = z.lazy(() =>
  z.object({
    /** The person's tasks, in the order they were added. */
    tasks: z.array(taskSchema),
    /** Calculator settings. */
    settings: matrixSettingsSchema,
  }),
);

export type Task = z.infer<typeof taskSchema>;
export type MatrixSettings = z.infer<typeof matrixSettingsSchema>;
export type MatrixDocument = z.infer<typeof matrixDocumentSchema>;

export const matrixDocumentSpec: DocumentSpec<MatrixDocument> = {
  ...matrixDocument,
  schema: matrixDocumentSchema,
};
