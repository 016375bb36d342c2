// fast-check generators for matrix tasks and settings, covering every value the schema allows.
import fc from "fast-check";
import {
  cadences,
  leaderJobs,
  maxHoursEach,
  maxRate,
  type MatrixSettings,
  type Task,
} from "../../../src/lib/matrix/schema.ts";

const hours = fc.double({ min: 0.01, max: maxHoursEach, noNaN: true, noDefaultInfinity: true });
const rate = fc.double({ min: 0, max: maxRate, noNaN: true, noDefaultInfinity: true });

export const taskArbitrary: fc.Arbitrary<Task> = fc.record(
  {
    id: fc.uuid(),
    name: fc.string({ minLength: 1, maxLength: 120 }),
    cadence: fc.constantFrom(...cadences),
    hoursEach: hours,
    skill: fc.constantFrom("strength", "weakness"),
    feeling: fc.constantFrom("like", "dislike"),
    impact: fc.constantFrom("grows", "keeps-running"),
    leaderJob: fc.constantFrom(...leaderJobs),
    salesMarketing: fc.boolean(),
    providerRate: rate,
    providerHoursEach: hours,
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

export const settingsArbitrary: fc.Arbitrary<MatrixSettings> = fc.record({
  hourlyValue: rate,
  currency: fc.constantFrom("USD", "EUR", "JPY", "GBP", "INR", "BHD", "CHF"),
  workingDaysPerWeek: fc.double({ min: 1, max: 7, noNaN: true }),
  defaultProviderRate: rate,
  oversightShare: fc.double({ min: 0, max: 1, noNaN: true }),
});

/** Tasks with unique ids, as a document would hold them. */
export const tasksArbitrary = fc.uniqueArray(taskArbitrary, {
  selector: (task) => task.id,
  maxLength: 40,
});
