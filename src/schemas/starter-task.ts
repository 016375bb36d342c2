// The schema of a starter-library task in content/tasks/: a common small-business task that a
// person can add to their matrix with one click and then adjust.
import { z } from "astro/zod";
import { cadences, leaderJobs } from "../lib/matrix/task-options.ts";

export const starterTaskSchema = z.object({
  /** What the task is, as it appears on the button and in the matrix once added. */
  name: z.string().min(3).max(120),
  /** How often the task usually comes round in a small business. */
  cadence: z.enum(cadences),
  /** A typical number of hours each time; the person changes it to their own. */
  hoursEach: z.number().positive().max(744),
  /** A first guess at whether an owner is good at it; the person sets their own answer. */
  skill: z.enum(["strength", "weakness"]),
  /** A first guess at whether an owner enjoys it; the person sets their own answer. */
  feeling: z.enum(["like", "dislike"]),
  /** Whether the task moves the business forward or keeps it running. */
  impact: z.enum(["grows", "keeps-running"]),
  /** Which of the leader's four jobs this is, if it is one. */
  leaderJob: z.enum(leaderJobs).optional(),
  /** Whether it is sales or marketing work. */
  salesMarketing: z.boolean().default(false),
  /** The group the task is listed under in the library. */
  group: z.enum(["Money", "Customers", "Sales and marketing", "Operations", "Leading the team"]),
});

export type StarterTask = z.infer<typeof starterTaskSchema>;
