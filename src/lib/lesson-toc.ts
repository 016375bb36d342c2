// Picks the headings that belong in a lesson's "On this page" list.

/** A heading as Astro's render() reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** Sections (h2) and their subsections (h3); deeper headings would crowd the list. */
export function tocHeadings(headings: readonly Heading[]): Heading[] {
  return headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
}
