// The readiness quiz's saved document and one action per change a person can make.
import { persistedDocument } from "./persisted-document.ts";
import { quizDocument } from "../lib/quiz/document.ts";
import * as steps from "../lib/quiz/progress.ts";
import type { QuizScoring } from "../lib/quiz/scoring.ts";

export const $quiz = await persistedDocument(quizDocument, () =>
  import("../lib/quiz/schema.ts").then((module) => module.quizDocumentSpec),
);

/**
 * The saved attempt as it fits the quiz on the page (see `fitToQuiz`). The quiz island shows
 * this and each action starts from it, so opening the quiz saves nothing until an answer.
 */
function fittedQuiz(scoring: QuizScoring) {
  return steps.fitToQuiz($quiz.get(), scoring);
}

export function chooseAnswer(scoring: QuizScoring, question: number, answer: number): void {
  $quiz.set(steps.chooseAnswer(fittedQuiz(scoring), question, answer));
}

export function goToQuestion(scoring: QuizScoring, position: number): void {
  $quiz.set(steps.moveTo(fittedQuiz(scoring), position));
}

export function finishQuiz(scoring: QuizScoring, now = new Date()): void {
  $quiz.set(steps.finishAttempt(fittedQuiz(scoring), scoring, now));
}

export function retakeQuiz(scoring: QuizScoring): void {
  $quiz.set(steps.startAttempt($quiz.get(), scoring));
}
