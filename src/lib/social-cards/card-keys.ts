// Which social card each page uses: a page's card is named after its route; a page without one
// uses its nearest parent's (/tools/checklist/blank/ uses the checklist's), else the home card.

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
  const segments = route
    .replace(/^\/+|\/+$/g, "")
    .replace(/\/index\.html$|\.html$/, "")
    .split("/");
  for (let end = segments.length; end > 0; end--) {
    const key = segments.slice(0, end).join("/");
    if (key !== "" && known.has(key)) return key;
  }
  return homeCardKey;
}

/** Where a card's PNG is served, relative to the base. */
export function cardImagePath(key: string): string {
  return `og/${key}.png`;
}
