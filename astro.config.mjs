// Astro configuration: static output, MDX lessons, Preact islands, and a sitemap.
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import { normalizeBase } from "./src/lib/site-path.ts";

// The public address and sub-path are read from the environment so one build can be deployed
// at a domain root or under a project path (for example SITE_URL=https://example.org
// BASE_PATH=/handoff). Both have local defaults so `npm start` needs nothing set.
const site = process.env.SITE_URL ?? "http://127.0.0.1:4321";
const base = normalizeBase(process.env.BASE_PATH);

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  output: "static",
  integrations: [mdx(), preact(), sitemap()],
  build: {
    format: "directory",
  },
  devToolbar: { enabled: false },
});
