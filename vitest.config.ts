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
            // Each poll is a round trip to Chromium, which can take over a second on a busy CI
            // machine; Vitest's default of one second then fails before the page has answered.
            expect: { poll: { timeout: 10_000 } },
          },
        },
      ],
    },
  }),
);
