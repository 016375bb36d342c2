// A link to the lesson that explains a step or a warning, built under the site's base path.
import { lessonTitles, type LessonSlug } from "../../lib/checklist/steps.ts";

export function lessonHref(slug: LessonSlug): string {
  return `${import.meta.env.BASE_URL}lessons/${slug}/`;
}

export function LessonLink({ slug }: { slug: LessonSlug }) {
  return <a href={lessonHref(slug)}>Lesson: {lessonTitles[slug]}</a>;
}
