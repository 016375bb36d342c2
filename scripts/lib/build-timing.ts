// Times `npm run build`, on the project itself or on a temporary copy with generated lessons.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve, sep } from "node:path";

/** Runs the production build in `cwd` and returns how long it took, in milliseconds. */
export function timeBuild(cwd: string, env: Record<string, string>): number {
  const started = performance.now();
  const result = spawnSync("npm", ["run", "build"], {
    cwd,
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const elapsed = performance.now() - started;
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}\n${result.stderr ?? ""}`;
    throw new Error(`The build in ${cwd} failed:\n${output.slice(-4000)}`);
  }
  return elapsed;
}

const TOPICS = [
  "bookkeeping",
  "customer support",
  "social media posts",
  "invoicing",
  "proposal writing",
  "scheduling",
  "research",
  "website updates",
  "newsletters",
  "supplier orders",
];

/** A plausible lesson of about 700 words: frontmatter the schema accepts and five sections. */
export function generatedLesson(index: number): string {
  const topic = TOPICS[index % TOPICS.length] ?? "admin";
  const paragraph = (section: number) =>
    `When ${topic} takes your evenings, write down every step you take for a week. ` +
    `Step ${section} of this generated lesson ${index} asks you to name the result you want, ` +
    `the person who will do the work, and how you will both know it is done well. ` +
    `Keep the decisions that shape your business, hand off the routine, and check in on a ` +
    `schedule you agree in advance, so nobody waits and nothing slips between you. ` +
    `Write the procedure in plain words, keep it where both of you can find it, and improve it ` +
    `each time a question comes up that the page did not answer.`;
  const sections = [1, 2, 3, 4, 5]
    .map(
      (section) =>
        `## Part ${section}: ${topic}\n\n${paragraph(section)}\n\n${paragraph(section + 5)}`,
    )
    .join("\n\n");
  return `---
title: "Generated lesson ${index}: ${topic}"
description: "A generated lesson used only to measure how the build grows with the number of lessons."
order: ${1000 + index}
summary: "How to hand off ${topic} without losing track of it."
takeaways:
  - "Write down every step of ${topic} before you hand it off."
  - "Agree how you will check the work, and when."
---

${sections}
`;
}

/** Top-level entries of the project that a copy for a scale build leaves out. */
const NOT_COPIED = new Set(["node_modules", "dist", ".git", ".astro", "coverage"]);

/**
 * Copies the project to a temporary folder (sharing node_modules through a link), adds `count`
 * generated lessons to its content/lessons/, and returns the folder. Nothing is written to the
 * project itself; remove the folder with removeCopy() when done.
 */
export function projectCopyWithLessons(root: string, count: number): string {
  const dir = mkdtempSync(join(tmpdir(), `handoff-bench-${count}-`));
  cpSync(root, dir, {
    recursive: true,
    filter: (source) => !NOT_COPIED.has(relative(root, source).split(sep)[0] ?? ""),
  });
  symlinkSync(resolve(root, "node_modules"), join(dir, "node_modules"), "dir");
  for (let i = 1; i <= count; i += 1) {
    const name = `generated-lesson-${String(i).padStart(4, "0")}.mdx`;
    writeFileSync(join(dir, "content", "lessons", name), generatedLesson(i));
  }
  return dir;
}

export function removeCopy(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
