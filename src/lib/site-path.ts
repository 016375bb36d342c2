// Pure helpers for the site's base path, shared by the Astro config, pages and tests.

/**
 * Turns whatever a deployer typed for the base path ("", "handoff", "/handoff/") into the
 * form Astro and our links expect: a leading slash and a trailing slash, or just "/".
 */
export function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? "").trim().replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/**
 * Joins the base path and a site-relative path without doubling or dropping slashes.
 * `withBase("/handoff/", "lessons/why/")` gives "/handoff/lessons/why/".
 */
export function withBase(base: string, path: string): string {
  const cleanBase = normalizeBase(base);
  const cleanPath = path.replace(/^\/+/, "");
  return `${cleanBase}${cleanPath}`;
}
