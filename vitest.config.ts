// Vitest configuration: a fast "unit" project (logic, islands, Astro components) and an "e2e"
// project that drives Debian's Chromium against the built site.
import { getViteConfig } from "astro/config";
import { defineConfig } from "vitest/config";

export default getViteConfig(
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: "unit",
            include: ["tests/unit/**/*.test.{ts,tsx}"],
            environment: "happy-dom",
            setupFiles: ["tests/support/unit-setup.ts"],
          },
        },
        {
          extends: true,
          test: {
            name: "e2e",
            include: ["tests/e2e/**/*.test.ts"],
            environment: "node",
            globalSetup: ["tests/support/e2e-server.ts"],
            testTimeout: 30_000,
            hookTimeout: 60_000,
            maxWorkers: 2,
            // A check of what a page shows after an action polls until the page has drawn it
            // (islands redraw a moment after the store changes). Each poll is a round trip to
            // Chromium, which can take seconds on a busy CI machine, and a locator read inside a
            // poll waits for its element: the poll gets Playwright's own 30 seconds for that.
            expect: { poll: { timeout: 30_000 } },
          },
        },
      ],
    },
  }),
);
