// fast-check generators for valid saved documents, covering every value the schemas allow;
// shared by the data-layer and the matrix property tests.
import fc from "fast-check";
import type { MatrixDocument, MatrixSettings, Task } from "../../src/lib/matrix/schema.ts";
import { cadences, leaderJobs, maxHoursEach, maxRate } from "../../src/lib/matrix/task-options.ts";
import type { Progress } from "../../src/lib/progress/schema.ts";
import type { ChecklistsDocument, Handoff } from "../../src/lib/checklist/schema.ts";
import { rhythms, weekdays } from "../../src/lib/checklist/field-limits.ts";
import type { QuizAttempt, QuizDocument } from "../../src/lib/quiz/schema.ts";
import { dimensionIds } from "../../src/lib/quiz/dimensions.ts";
import type { Settings } from "../../src/lib/settings/schema.ts";

/** A finite double in [min, max] with -0 turned into 0, since JSON cannot tell them apart. */
const amount = (min: number, max: number) =>
  fc
    .double({ min, max, noNaN: true, noDefaultInfinity: true })
    .map((x) => (Object.is(x, -0) ? 0 : x));

/** Text the schema keeps as it is: not empty, no surrounding spaces, at most `maxLength`. */
const text = (maxLength: number) =>
  fc
    .string({ unit: "grapheme", minLength: 1, maxLength })
    .filter((s) => s.length <= maxLength && s.trim() === s && s.length > 0);

export const taskArbitrary: fc.Arbitrary<Task> = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 64 }),
    name: text(120),
    cadence: fc.constantFrom(...cadences),
    hoursEach: amount(0.01, maxHoursEach),
    skill: fc.constantFrom("strength", "weakness"),
    feeling: fc.constantFrom("like", "dislike"),
    impact: fc.constantFrom("grows", "keeps-running"),
    leaderJob: fc.constantFrom(...leaderJobs),
    salesMarketing: fc.boolean(),
    providerRate: amount(0, maxRate),
    providerHoursEach: amount(0.01, maxHoursEach),
  },
  {
    requiredKeys: [
      "id",
      "name",
      "cadence",
      "hoursEach",
      "skill",
      "feeling",
      "impact",
      "salesMarketing",
    ],
  },
);

/** Tasks with unique ids, as a document holds them. */
export const tasksArbitrary = (maxLength: number) =>
  fc.uniqueArray(taskArbitrary, { selector: (task) => task.id, maxLength });

/** Currencies every browser formats; the schema itself allows any three capital letters. */
export const knownCurrencies = fc.constantFrom("USD", "EUR", "JPY", "GBP", "INR", "BHD", "CHF");

export const settingsArbitrary = (
  currency: fc.Arbitrary<string> = fc.stringMatching(/^[A-Z]{3}$/),
): fc.Arbitrary<MatrixSettings> =>
  fc.record({
    hourlyValue: amount(0, maxRate),
    currency,
    workingDaysPerWeek: amount(1, 7),
    defaultProviderRate: amount(0, maxRate),
    oversightShare: amount(0, 1),
  });

export const matrixArbitrary: fc.Arbitrary<MatrixDocument> = fc.record({
  tasks: tasksArbitrary(8),
  settings: settingsArbitrary(),
});

const lessonId = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).filter((s) => s.length <= 80);

export const progressArbitrary: fc.Arbitrary<Progress> = fc.record({
  read: fc.dictionary(
    lessonId,
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    { maxKeys: 8 },
  ),
});

/** Any answer text up to a few thousand characters, markup and all. */
const answerText = fc.string({ unit: "grapheme", maxLength: 300 });

const handoffArbitrary: fc.Arbitrary<Handoff> = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 64 }),
    name: text(120),
    taskId: fc.string({ minLength: 1, maxLength: 64 }),
    createdAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    archived: fc.boolean(),
    leaderJobConfirmed: fc.boolean(),
    answers: fc.record({
      goal: answerText,
      objective: answerText,
      successFactors: answerText,
      expectations: answerText,
      procedureNotes: answerText,
      exampleNotes: answerText,
      access: answerText,
      keptWithYou: answerText,
      shortlist: answerText,
      feedbackNotes: answerText,
      agreementNotes: answerText,
      firstScope: answerText,
      channel: answerText,
      measure: answerText,
      resultOwner: answerText,
    }),
    ticks: fc.record({
      procedureWritten: fc.boolean(),
      exampleReady: fc.boolean(),
      ownerFeedback: fc.boolean(),
      samplesChecked: fc.boolean(),
      paidTrial: fc.boolean(),
      agreement: fc.boolean(),
      learningTime: fc.boolean(),
    }),
    rampUpDate: fc.constantFrom("", "2026-12-15", "2027-02-28"),
    checkIn: fc.record({
      rhythm: fc.constantFrom("" as const, ...rhythms),
      day: fc.constantFrom("" as const, ...weekdays),
      time: fc.stringMatching(/^([01]\d|2[0-3]):[0-5]\d$/),
    }),
  },
  {
    requiredKeys: [
      "id",
      "name",
      "createdAt",
      "archived",
      "leaderJobConfirmed",
      "answers",
      "ticks",
      "rampUpDate",
      "checkIn",
    ],
  },
);

export const checklistsArbitrary: fc.Arbitrary<ChecklistsDocument> = fc.record(
  { handoffs: fc.array(handoffArbitrary, { maxLength: 4 }), activeId: fc.string() },
  { requiredKeys: ["handoffs"] },
);

const percent = fc.integer({ min: 0, max: 100 });

const attemptArbitrary: fc.Arbitrary<QuizAttempt> = fc.record({
  finishedAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  quizVersion: fc.integer({ min: 1, max: 50 }),
  answers: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 20 }),
  score: percent,
  dimensions: fc.record(
    Object.fromEntries(dimensionIds.map((id) => [id, percent])) as Record<
      (typeof dimensionIds)[number],
      fc.Arbitrary<number>
    >,
  ),
});

export const quizArbitrary: fc.Arbitrary<QuizDocument> = fc.record({
  quizVersion: fc.integer({ min: 0, max: 50 }),
  answers: fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }), { maxLength: 20 }),
  position: fc.integer({ min: 0, max: 30 }),
  finished: fc.boolean(),
  history: fc.array(attemptArbitrary, { maxLength: 4 }),
});

export const settingsDocumentArbitrary: fc.Arbitrary<Settings> = fc.record(
  { theme: fc.constantFrom("light" as const, "dark" as const) },
  { requiredKeys: [] },
);
