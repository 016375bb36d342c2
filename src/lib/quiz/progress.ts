// Pure steps of taking the quiz: each takes the stored document and returns the next one.
import type { QuizDocument } from "./schema.ts";
import { scoreAnswers, type QuizScoring } from "./scoring.ts";

/** A fresh attempt at `scoring`'s version that keeps the history. */
export function startAttempt(doc: QuizDocument, scoring: QuizScoring): QuizDocument {
  return {
    ...doc,
    quizVersion: scoring.version,
    answers: scoring.questions.map(() => null),
    position: 0,
    finished: false,
  };
}

/**
 * Makes the stored attempt fit the quiz on the page. Answers saved for another version (the
 * quiz was changed since) cannot be carried over, so that attempt starts again; history stays.
 */
export function fitToQuiz(doc: QuizDocument, scoring: QuizScoring): QuizDocument {
  const fits =
    doc.quizVersion === scoring.version &&
    doc.answers.length === scoring.questions.length &&
    doc.answers.every((a, i) => a === null || a < scoring.questions[i]!.scores.length);
  if (!fits) return startAttempt(doc, scoring);
  const position = Math.min(doc.position, scoring.questions.length - 1);
  const finished = doc.finished && doc.answers.every((a) => a !== null) && doc.history.length > 0;
  return position === doc.position && finished === doc.finished
    ? doc
    : { ...doc, position, finished };
}

export function chooseAnswer(doc: QuizDocument, question: number, answer: number): QuizDocument {
  const answers = [...doc.answers];
  answers[question] = answer;
  return { ...doc, answers };
}

export function moveTo(doc: QuizDocument, position: number): QuizDocument {
  const last = Math.max(0, doc.answers.length - 1);
  return { ...doc, position: Math.min(last, Math.max(0, position)) };
}

/** The complete answer set, or undefined while any question is unanswered. */
export function completeAnswers(doc: QuizDocument): number[] | undefined {
  return doc.answers.every((a): a is number => a !== null) ? [...doc.answers] : undefined;
}

/** Finishes the attempt: scores it and adds it to the history. Unfinished sets are left alone. */
export function finishAttempt(doc: QuizDocument, scoring: QuizScoring, now: Date): QuizDocument {
  const answers = completeAnswers(doc);
  if (!answers || doc.finished) return doc;
  const result = scoreAnswers(scoring, answers);
  return {
    ...doc,
    finished: true,
    history: [
      ...doc.history,
      {
        finishedAt: now.toISOString(),
        quizVersion: scoring.version,
        answers,
        score: result.score,
        dimensions: result.dimensions,
      },
    ],
  };
}
