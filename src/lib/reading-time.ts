// Estimates how long a lesson takes to read from its source text.

/** Words per minute for an adult reading plain instructional prose on a screen. */
const WORDS_PER_MINUTE = 200;

/**
 * Counts the words a reader will see, ignoring MDX import/export lines, JSX tags and
 * Markdown punctuation, then rounds up to whole minutes (never less than one).
 */
export function readingMinutes(source: string): number {
  const prose = source
    .replace(/^\s*(import|export)\s.*$/gm, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/[#*_`>[\]()|-]/g, " ");
  const words = prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
