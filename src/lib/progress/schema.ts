// Lesson progress's schema (zod/mini) and full document spec, loaded once there is saved text
// to read: which lessons the reader has finished, and when.
import * as z from "zod/mini";
import type { DocumentSpec } from "../storage/document.ts";
import { progressDocument } from "./document.ts";

// Each object schema is built on first use (z.lazy); DocumentSpec.schema says why.

/** A lesson slug as used in /lessons/<slug>/. */
const lessonIdSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80));

export const progressSchema = z.lazy(() =>
  z.object({
    /** Lessons marked read, by slug, with when they were first marked (ISO 8601). */
    read: z.record(lessonIdSchema, z.string().check(z.maxLength(40))),
  }),
);

export type Progress = z.infer<typeof progressSchema>;

export const progressDocumentSpec: DocumentSpec<Progress> = {
  ...progressDocument,
  schema: progressSchema,
  summarize: ({ read }) => {
    const count = Object.keys(read).length;
    return `${count} ${count === 1 ? "lesson" : "lessons"} read`;
  },
  // Reading a lesson on either device counts; the earlier date is when it was first read.
  merge: (current, incoming) => {
    const read = { ...current.read };
    for (const [id, at] of Object.entries(incoming.read)) {
      const mine = read[id];
      read[id] = mine !== undefined && mine < at ? mine : at;
    }
    return { read };
  },
};
