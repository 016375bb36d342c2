// fast-check generators for valid saved documents, covering every value the schemas allow;
// shared by the data-layer and the matrix property tests.
import fc from "fast-check";
import {
  cadences,
  leaderJobs,
  maxHoursEach,
  maxRate,
  type MatrixDocument,
  type MatrixSettings,
  type Task,
} from "../../src/lib/matrix/schema.ts";
import type { Progress } from "../../src/lib/progress/document.ts";

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
