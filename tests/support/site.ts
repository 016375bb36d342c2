// Where the end-to-end tests find the built site: the sub-path it is built under and its origin.
import { inject } from "vitest";

/** The e2e build is served under a sub-path so every test also proves sub-path deploys work. */
export const TEST_BASE = "/handoff/";

/** The absolute URL of a site-relative path on the preview server started by the e2e setup. */
export function siteUrl(path = ""): string {
  return `${inject("origin")}${TEST_BASE}${path.replace(/^\/+/, "")}`;
}
