// Prepares, at build time, what the result view shows for each dimension and band, so the
// islands receive the words as props instead of shipping them in their JavaScript.
import { worksheets } from "../worksheets.ts";
import { bandSummaries, type BandSlug } from "./bands.ts";
import { dimensionIds, dimensions, type DimensionId } from "./dimensions.ts";

export interface LinkView {
  href: string;
  title: string;
}

/** One dimension as the result shows it: its words and where its next step leads. */
export interface AreaView {
  label: string;
  about: string;
  nextStep: string;
  lessons: LinkView[];
  worksheet: LinkView;
}

export type AreaViews = Record<DimensionId, AreaView>;

/** Everything the result view needs besides the numbers. */
export interface ResultWords {
  areas: AreaViews;
  bandSummaries: Record<BandSlug, string>;
}

/**
 * Builds the result's words for a site served under `base`. A lesson missing from
 * `lessonTitles` (not written yet) is named after its slug so the link still says where it goes.
 */
export function resultWords(
  base: string,
  lessonTitles: Readonly<Record<string, string>>,
): ResultWords {
  const lesson = (slug: string): LinkView => ({
    href: `${base}lessons/${slug}/`,
    title: lessonTitles[slug] ?? slug.replaceAll("-", " "),
  });
  const areas = Object.fromEntries(
    dimensionIds.map((id) => {
      const info = dimensions[id];
      const tool = worksheets[info.worksheet];
      const view: AreaView = {
        label: info.label,
        about: info.about,
        nextStep: info.nextStep,
        lessons: [info.lesson, ...(info.alsoLesson ? [info.alsoLesson] : [])].map(lesson),
        worksheet: { href: `${base}${tool.path}`, title: tool.title },
      };
      return [id, view];
    }),
  ) as AreaViews;
  return { areas, bandSummaries };
}
