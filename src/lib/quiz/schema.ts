// The readiness quiz's schema (zod/mini) and full document spec, loaded once there is saved text
// to read: answers in progress, where the person is, and past attempts.
import * as z from "zod/mini";
import type { DocumentSpec } from "../storage/document.ts";
import { quizDocument } from "./document.ts";
import type { DimensionId } from "./dimensions.ts";

// Each object schema is built on first use (z.lazy); DocumentSpec.schema says why.

// Size matters here: this schema ships to the browser, so it uses only the zod/mini pieces the
// storage envelope already needs (objects, integers, arrays) rather than records or enums.
const percentSchema = z.int().check(z.gte(0), z.lte(100));
const answerIndexSchema = z.int().check(z.gte(0), z.lte(3));

/** A score from 0 to 100 for each of the seven dimensions. */
const dimensionScoresSchema = z.lazy(() =>
  z.object({
    plan: percentSchema,
    systems: percentSchema,
    "self-knowledge": percentSchema,
    partner: percentSchema,
    pace: percentSchema,
    management: percentSchema,
    ownership: percentSchema,
  }),
);

export const quizAttemptSchema = z.lazy(() =>
  z.object({
    /** When the attempt was finished, as an ISO 8601 timestamp. */
    finishedAt: z.string(),
    /** The quiz version the answers belong to. */
    quizVersion: z.int().check(z.positive()),
    /** The index of the chosen answer for each question, in question order. */
    answers: z.array(answerIndexSchema),
    /** The overall score, 0 to 100, as it was computed when the attempt was finished. */
    score: percentSchema,
    /** The score of each dimension, 0 to 100, kept so later attempts can show the change. */
    dimensions: dimensionScoresSchema,
  }),
);

export const quizDocumentSchema = z.lazy(() =>
  z.object({
    /** The quiz version `answers` belong to; 0 before the first answer. */
    quizVersion: z.int().check(z.gte(0)),
    /** The chosen answer's index for each question, or null while it is unanswered. */
    answers: z.array(z.nullable(answerIndexSchema)),
    /** The question on screen, counting from 0. */
    position: z.int().check(z.gte(0)),
    /** Whether the current attempt is finished, so the result shows instead of a question. */
    finished: z.boolean(),
    /** Finished attempts, oldest first. */
    history: z.array(quizAttemptSchema),
  }),
);

export type QuizAttempt = z.infer<typeof quizAttemptSchema>;
export type QuizDocument = z.infer<typeof quizDocumentSchema>;

export const quizDocumentSpec: DocumentSpec<QuizDocument> = {
  ...quizDocument,
  schema: quizDocumentSchema,
};

// The stored dimension scores must name exactly the dimensions scoring produces; this line stops
// compiling if the two lists drift apart.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const dimensionKeysMatch: SameKeys<keyof QuizAttempt["dimensions"], DimensionId> = true;
