// Prints every route's gzipped weight. Fails if a lesson without a worksheet ships extra JS, or
// if any page loads 20 kB of gzipped JavaScript or more.
// Usage: node scripts/page-weight.ts [dist-dir]   (reads BASE_PATH like the build does)
import { normalizeBase } from "../src/lib/site-path.ts";
import {
  formatWeightTable,
  lessonScriptViolations,
  measureRoutes,
  scriptBudgetViolations,
  worksheetScriptBudget,
} from "./lib/page-weight.ts";

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

const overBudget = scriptBudgetViolations(rows);
const budgetKb = worksheetScriptBudget / 1024;
if (overBudget.length > 0) {
  console.error(`\nEvery page must load under ${budgetKb} kB of gzipped JavaScript on a visit:`);
  for (const message of overBudget) console.error(`  ${message}`);
  process.exit(1);
}
console.log(`Every page loads under ${budgetKb} kB of gzipped JavaScript. OK.`);
