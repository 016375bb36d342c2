// The frontmatter schema every lesson in content/lessons/ must satisfy.
import { z } from "astro/zod";

/** Worksheets a lesson can introduce; each has its own page under /tools/ or /quiz/. */
export const worksheetIds = ["matrix", "checklist", "quiz"] as const;

export const lessonSchema = z.object({
  /** The lesson's title, shown as its heading, in the sidebar and in the browser tab. */
  title: z.string().min(3).max(80),
  /** One or two sentences for search results, link previews and the meta description. */
  description: z.string().min(20).max(200),
  /** Position in the learning path, starting at 1; lessons are listed in this order. */
  order: z.number().int().positive(),
  /** The one-sentence promise shown at the top of the lesson: what the reader will get. */
  summary: z.string().min(10).max(240),
  /** The key takeaways, rendered as a box at the end of the lesson. */
  takeaways: z.array(z.string().min(5)).min(2).max(7),
  /** The worksheet this lesson introduces, if any; lessons with one may ship JavaScript. */
  worksheet: z.enum(worksheetIds).optional(),
  /** Hide a lesson from the path while it is being written. */
  draft: z.boolean().default(false),
});

export type LessonFrontmatter = z.infer<typeof lessonSchema>;
