// The readiness quiz's saved document and one action per change a person can make.
import { persistedDocument } from "./persisted-document.ts";
import { quizDocumentSpec } from "../lib/quiz/document.ts";
import * as steps from "../lib/quiz/progress.ts";
import type { QuizScoring } from "../lib/quiz/scoring.ts";

export const $quiz = persistedDocument(quizDocumentSpec);

/** Makes the saved attempt match the quiz on the page; call once when the quiz appears. */
export function fitQuiz(scoring: QuizScoring): void {
  const next = steps.fitToQuiz($quiz.get(), scoring);
  if (next !== $quiz.get()) $quiz.set(next);
}

export function chooseAnswer(question: number, answer: number): void {
  $quiz.set(steps.chooseAnswer($quiz.get(), question, answer));
}

export function goToQuestion(position: number): void {
  $quiz.set(steps.moveTo($quiz.get(), position));
}

export function finishQuiz(scoring: QuizScoring, now = new Date()): void {
  $quiz.set(steps.finishAttempt($quiz.get(), scoring, now));
}

export function retakeQuiz(scoring: QuizScoring): void {
  $quiz.set(steps.startAttempt($quiz.get(), scoring));
}
