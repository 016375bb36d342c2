// The schema of one version of the readiness quiz in content/quiz/v<N>.json (astro/zod, build time).
import { z } from "astro/zod";
import { dimensionIds } from "../lib/quiz/dimensions.ts";
import { maxLinkVersion } from "../lib/quiz/link-codec.ts";

export const quizAnswerSchema = z.object({
  /** The answer as the reader sees it, in the first person. */
  text: z.string().min(2).max(200),
  /** How ready this answer shows the reader to be, from 0 (not at all) to 3 (fully). */
  score: z.number().int().min(0).max(3),
});

export const quizQuestionSchema = z.object({
  /** Stable id in kebab case, unique within the version, e.g. "plan-goals". */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase words joined by hyphens."),
  /** Which of the seven dimensions this question measures. */
  dimension: z.enum(dimensionIds),
  /** The question itself, shown as the heading of its step. */
  prompt: z.string().min(10).max(240),
  /**
   * Three or four answers, in the order they are shown. A link stores the chosen answer's
   * position, so reordering answers needs a new quiz version.
   */
  answers: z
    .array(quizAnswerSchema)
    .min(3)
    .max(4)
    .refine((answers) => answers.some((answer) => answer.score === 3), {
      message: "At least one answer must score 3, so a full score is possible.",
    }),
  /** Slug of the lesson that teaches what this question asks about (route /lessons/<slug>/). */
  lesson: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
});

export const quizVersionSchema = z
  .object({
    /**
     * The quiz version, written into every result link. Once a version is published its
     * questions' order, answers and scores never change: edit a copy with the next number.
     */
    version: z.number().int().min(1).max(maxLinkVersion),
    /** The questions in the order they are asked. */
    questions: z.array(quizQuestionSchema).min(dimensionIds.length * 2),
  })
  .superRefine((quiz, context) => {
    const ids = new Set<string>();
    for (const question of quiz.questions) {
      if (ids.has(question.id)) {
        context.addIssue({ code: "custom", message: `Question id "${question.id}" is repeated.` });
      }
      ids.add(question.id);
    }
    for (const dimension of dimensionIds) {
      const count = quiz.questions.filter((q) => q.dimension === dimension).length;
      if (count < 2) {
        context.addIssue({
          code: "custom",
          message: `The "${dimension}" dimension needs at least two questions (it has ${count}).`,
        });
      }
    }
  });

export type QuizVersionContent = z.infer<typeof quizVersionSchema>;
export type QuizQuestionContent = z.infer<typeof quizQuestionSchema>;
