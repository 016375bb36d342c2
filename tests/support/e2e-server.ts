// Global setup for the e2e project: serves the built dist/ on 127.0.0.1 for the tests to visit.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import type { TestProject } from "vitest/node";
import { TEST_BASE } from "./site.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The preview server's origin, e.g. http://127.0.0.1:41234. */
    origin: string;
  }
}

/** Asks the system for a free loopback port, so parallel runs never collide. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Polls the server until it answers, or gives up after `timeoutMs`. */
async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The preview server did not answer at ${url} within ${timeoutMs} ms.`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync("dist/index.html")) {
    throw new Error("dist/ is missing: run `npm run test:build` before the e2e tests.");
  }
  const port = await freePort();
  // `astro preview` in its own process serves dist/ exactly as it was built, under the base path.
  const server = spawn(
    process.execPath,
    ["node_modules/astro/bin/astro.mjs", "preview", "--host", "127.0.0.1", "--port", String(port)],
    { env: { ...process.env, BASE_PATH: TEST_BASE }, stdio: ["ignore", "ignore", "inherit"] },
  );
  const origin = `http://127.0.0.1:${port}`;
  await waitForServer(`${origin}${TEST_BASE}`, 30_000);
  project.provide("origin", origin);
  return async () => {
    server.kill();
  };
}
