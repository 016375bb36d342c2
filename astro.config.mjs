// Astro configuration: static output, MDX lessons, Preact islands, and a sitemap.
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import { chunkGroups } from "./src/lib/chunk-groups.ts";
import { normalizeBase } from "./src/lib/site-path.ts";
import { firstPaintScriptHash } from "./src/lib/first-paint-script.ts";

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
    // Styles of components used inside MDX lessons (callouts, worked examples, worksheet embeds)
    // reach the page after Astro has hashed its styles for the Content-Security-Policy, so an
    // inlined copy would be refused. As files from the site itself they are allowed by 'self'.
    inlineStylesheets: "never",
  },
  devToolbar: { enabled: false },
  // Modules always used together travel in one file (see src/lib/chunk-groups.ts).
  vite: { build: { rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } } } },
  // Shiki colours code with inline style attributes, which the CSP below refuses. The guide has
  // no code samples, so highlighting is off rather than the policy loosened.
  markdown: { syntaxHighlight: false },
  security: {
    // Astro writes a Content-Security-Policy <meta> into every page with the hashes of the
    // scripts and styles it emits. Inline scripts run only if hashed: an injected one is refused.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // Pagefind runs its search index as WebAssembly, which needs 'wasm-unsafe-eval'. It
        // allows compiling WebAssembly only, not JavaScript eval or inline scripts.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [firstPaintScriptHash],
      },
    },
  },
});
