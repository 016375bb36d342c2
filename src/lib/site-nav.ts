// The primary navigation: where the guide, the worksheets and the personal plan live.

/** One entry of the header navigation; `path` is relative to the site's base. */
export interface NavItem {
  label: string;
  path: string;
}

export const primaryNav: readonly NavItem[] = [
  { label: "Guide", path: "lessons/" },
  { label: "Task matrix", path: "tools/matrix/" },
  { label: "Checklist", path: "tools/checklist/" },
  { label: "Quiz", path: "quiz/" },
  { label: "My plan", path: "plan/" },
];

/**
 * Whether a nav item is the current section: exact for the home page, by prefix elsewhere,
 * so a lesson page marks "Guide" as current.
 */
export function isCurrentSection(itemPath: string, currentPath: string, base: string): boolean {
  const normalised = currentPath.endsWith("/") ? currentPath : `${currentPath}/`;
  return normalised.startsWith(`${base}${itemPath}`);
}
