// The fixed choices and length limits of a handoff's fields, shared by the schema and the
// editor. Free of zod, so the editor can use them before any saved text is read.

/** How much a written answer may hold: long answers are welcome, runaway pastes are not. */
export const ANSWER_MAX_LENGTH = 20_000;
/** The longest handoff name, the same limit as a task name in the matrix. */
export const NAME_MAX_LENGTH = 120;

export const rhythms = ["weekly", "fortnightly", "monthly"] as const;
export const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

export type Rhythm = (typeof rhythms)[number];
export type Weekday = (typeof weekdays)[number];
