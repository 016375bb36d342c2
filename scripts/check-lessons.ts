// Prints each lesson's word count and Flesch reading ease, and any problem the content test
// would report, so an author can check a lesson while writing it.
// Usage: node scripts/check-lessons.ts
import { countText, lessonProblems, loadSite, proseOf, readingEase } from "./lib/lesson-content.ts";

const { lessons, site } = loadSite(process.cwd());
let failed = false;
console.log("lesson                        words  sentences  reading ease");
for (const lesson of lessons.toSorted((a, b) => (a.order ?? 99) - (b.order ?? 99))) {
  const prose = proseOf(lesson.tree);
  const counts = countText(prose);
  console.log(
    `${lesson.slug.padEnd(28)}  ${String(counts.word).padStart(5)}  ${String(counts.sentence).padStart(9)}  ${readingEase(prose).toFixed(1).padStart(12)}`,
  );
  for (const problem of lessonProblems(lesson, lesson.place, site)) {
    failed = true;
    console.error(`  ${lesson.slug}: ${problem}`);
  }
}
if (failed) process.exit(1);
