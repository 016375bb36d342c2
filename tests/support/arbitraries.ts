// fast-check generators for valid saved documents, shared by the data-layer property tests.
import fc from "fast-check";
import {
  cadences,
  leaderJobs,
  type MatrixDocument,
  type Task,
} from "../../src/lib/matrix/schema.ts";
import type { Progress } from "../../src/lib/progress/document.ts";

/** A double in [min, max] with -0 turned into 0, since JSON cannot tell them apart. */
const amount = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true }).map((x) => (x === 0 ? 0 : x));

const text = (maxLength: number) =>
  fc
    .string({ unit: "grapheme", minLength: 1, maxLength })
    .filter((s) => s.length <= maxLength && s.trim() === s && s.length > 0);

export const taskArbitrary: fc.Arbitrary<Task> = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 64 }),
    name: text(120),
    cadence: fc.constantFrom(...cadences),
    hoursEach: amount(0.01, 744),
    skill: fc.constantFrom("strength", "weakness"),
    feeling: fc.constantFrom("like", "dislike"),
    impact: fc.constantFrom("grows", "keeps-running"),
    leaderJob: fc.constantFrom(...leaderJobs),
    salesMarketing: fc.boolean(),
    providerRate: amount(0, 10_000),
    providerHoursEach: amount(0.01, 744),
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

export const matrixArbitrary: fc.Arbitrary<MatrixDocument> = fc.record({
  tasks: fc.array(taskArbitrary, { maxLength: 8 }),
  settings: fc.record({
    hourlyValue: amount(0, 100_000),
    currency: fc.stringMatching(/^[A-Z]{3}$/),
    workingDaysPerWeek: amount(1, 7),
    defaultProviderRate: amount(0, 10_000),
    oversightShare: amount(0, 1),
  }),
});

const lessonId = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).filter((s) => s.length <= 80);

export const progressArbitrary: fc.Arbitrary<Progress> = fc.record({
  read: fc.dictionary(
    lessonId,
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    { maxKeys: 8 },
  ),
});
