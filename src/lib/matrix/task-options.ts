// The fixed choices and limits of a task, shared by the schema, the editor and the starter
// library. Free of zod, so the editor can use them before any saved text is read.

export const cadences = ["daily", "weekly", "monthly", "quarterly", "yearly"] as const;
/** The largest rate or hourly value accepted, so no total can grow past what a number holds. */
export const maxRate = 10_000_000;

/** The longest a single occurrence of a task can take: a month of round-the-clock work. */
export const maxHoursEach = 744;

export const leaderJobs = [
  "team-building",
  "mission-vision",
  "team-training",
  "results-reporting",
] as const;

export type Cadence = (typeof cadences)[number];
export type LeaderJob = (typeof leaderJobs)[number];
