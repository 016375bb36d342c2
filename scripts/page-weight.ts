// Prints every route's gzipped weight and fails if a lesson without a worksheet ships extra JS.
// Usage: node scripts/page-weight.ts [dist-dir]   (reads BASE_PATH like the build does)
import { normalizeBase } from "../src/lib/site-path.ts";
import { formatWeightTable, lessonScriptViolations, measureRoutes } from "./lib/page-weight.ts";

const dist = process.argv[2] ?? "dist";
const rows = measureRoutes(dist, normalizeBase(process.env.BASE_PATH));
if (rows.length === 0) {
  console.error(`No pages found in ${dist}/: build the site first.`);
  process.exit(1);
}
console.log(`Page weight (gzip) of ${rows.length} routes in ${dist}/\n`);
console.log(formatWeightTable(rows));

const violations = lessonScriptViolations(rows);
if (violations.length > 0) {
  console.error(`\nLessons without a worksheet must ship no JavaScript beyond the site shell:`);
  for (const message of violations) console.error(`  ${message}`);
  process.exit(1);
}
console.log("\nLessons without a worksheet load only the site shell. OK.");
