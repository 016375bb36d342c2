// Which social card each page uses: a page's card is named after its route, and pages without
// a card of their own (the 404 page, pages added later) fall back to the home page's card.

/** What one card says. `key` is its route without slashes at the ends ("" is "home"). */
export interface CardSpec {
  key: string;
  /** Small line above the title, e.g. "Lesson 3 of 7" or "Worksheet". */
  eyebrow: string;
  title: string;
  /** One or two sentences under the title. */
  subtitle: string;
  /** A short badge for quiz bands, e.g. "Score 65 to 84". */
  badge?: string | undefined;
}

export const homeCardKey = "home";

/** The card key for a route relative to the base, e.g. "lessons/what-you-keep/". */
export function cardKeyForRoute(route: string, known: ReadonlySet<string>): string {
  const key = route.replace(/^\/+|\/+$/g, "").replace(/\/index\.html$|\.html$/, "");
  return key !== "" && known.has(key) ? key : homeCardKey;
}

/** Where a card's PNG is served, relative to the base. */
export function cardImagePath(key: string): string {
  return `og/${key}.png`;
}
