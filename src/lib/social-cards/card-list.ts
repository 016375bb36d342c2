// Every social card the site has, from the lessons collection and the fixed pages (build time).
import { getOrderedLessons } from "../lessons.ts";
import { bands, bandSummaries } from "../quiz/bands.ts";
import { resultPagePath } from "../quiz/result-link.ts";
import { worksheets } from "../worksheets.ts";
import { homeCardKey, type CardSpec } from "./card-keys.ts";

let cached: Promise<CardSpec[]> | undefined;

async function buildCards(): Promise<CardSpec[]> {
  const lessons = await getOrderedLessons();
  return [
    {
      key: homeCardKey,
      eyebrow: "A free guide for small businesses",
      title: "Hand off the right work, the right way",
      subtitle:
        "When to outsource, what to keep, and how to brief and manage the people you hand work to.",
    },
    {
      key: "lessons",
      eyebrow: `The guide · ${lessons.length} lessons`,
      title: "The learning path",
      subtitle: "Short lessons in plain English, each with a worksheet to put it into practice.",
    },
    ...lessons.map((lesson, i) => ({
      key: `lessons/${lesson.id}`,
      eyebrow: `Lesson ${i + 1} of ${lessons.length}`,
      title: lesson.data.title,
      subtitle: lesson.data.summary,
    })),
    {
      key: "tools/matrix",
      eyebrow: "Worksheet",
      title: worksheets.matrix.title,
      subtitle: worksheets.matrix.gives,
    },
    {
      key: "tools/checklist",
      eyebrow: "Worksheet",
      title: worksheets.checklist.title,
      subtitle: worksheets.checklist.gives,
    },
    {
      key: "quiz",
      eyebrow: "Worksheet · 14 questions",
      title: "How ready are you to outsource?",
      subtitle: worksheets.quiz.gives,
    },
    ...bands.map((band) => ({
      key: resultPagePath(band.slug).replace(/\/$/, ""),
      eyebrow: "Readiness quiz result",
      title: band.label,
      subtitle: bandSummaries[band.slug],
      badge: `Score ${band.min} to ${band.max}`,
    })),
    {
      key: "plan",
      eyebrow: "Your plan",
      title: "My plan",
      subtitle: "Your matrix, checklists and quiz results in one place, kept in this browser.",
    },
  ];
}

/** Every card, built once per build. */
export function allCards(): Promise<CardSpec[]> {
  cached ??= buildCards();
  return cached;
}

/** The keys of every card, for choosing a page's card. */
export async function allCardKeys(): Promise<Set<string>> {
  return new Set((await allCards()).map((card) => card.key));
}
