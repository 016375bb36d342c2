// Global setup for the e2e project: serves the built dist/ on 127.0.0.1 for the tests to visit.
import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { startPreview } from "../../scripts/lib/preview-server.ts";
import { TEST_BASE } from "./site.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The preview server's origin, e.g. http://127.0.0.1:41234. */
    origin: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync("dist/index.html")) {
    throw new Error("dist/ is missing: run `npm run test:build` before the e2e tests.");
  }
  const server = await startPreview(TEST_BASE);
  project.provide("origin", server.origin);
  return async () => server.stop();
}
