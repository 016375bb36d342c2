// Writes dist/sw.js with Workbox: precaches every page, asset and the search index for offline use.
// Usage: node scripts/service-worker.ts [dist-dir]   (reads BASE_PATH like the build does)
// Runs after `astro build` and Pagefind, because it lists the files they wrote.
import { generateSW } from "workbox-build";
import { normalizeBase } from "../src/lib/site-path.ts";

const dist = process.argv[2] ?? "dist";
const base = normalizeBase(process.env.BASE_PATH);

const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ["**/*.{html,css,js,svg,png,webp,ico,woff2,txt,xml}", "pagefind/**/*"],
  globIgnores: [
    "sw.js",
    // Social cards are for link previews on other sites; no page shows them, so a reader's
    // offline copy does not need them (they are most of the build's bytes).
    "og/**",
    // Pagefind ships ready-made search interfaces the site does not use; its own lives in src/.
    "pagefind/pagefind-ui.*",
    "pagefind/pagefind-modular-ui.*",
    "pagefind/pagefind-component-ui.*",
    "pagefind/pagefind-highlight.js",
    // Pagefind's fallback engine for pages in no known language; every page here is English,
    // so search always loads wasm.en.
    "pagefind/wasm.unknown.pagefind",
  ],
  swDest: `${dist}/sw.js`,
  // The manifest lists files relative to dist/; the site serves them under its base path.
  modifyURLPrefix: { "": base },
  // Each entry carries a hash of its content, so a new build's worker differs exactly when the
  // files do, and installing it refreshes only what changed. Astro's /_astro/ names are hashed
  // already, so they need no second hash.
  dontCacheBustURLsMatching: /\/_astro\//,
  // /lessons/x/ is served from the precached /lessons/x/index.html.
  directoryIndex: "index.html",
  // Query strings never change a page here (?task= and quiz answers are read by scripts, and
  // Pagefind adds a cache-busting ?ts=), so they must not stop a cached file from matching.
  ignoreURLParametersMatching: [/.*/],
  // A new worker waits until the reader accepts the update (the site shell offers a reload),
  // so a page is never served files from two different builds.
  skipWaiting: false,
  // On the very first visit the worker takes charge at once, so reading works offline right away.
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  cacheId: "handoff",
  // One self-contained file: no Workbox runtime chunk to fetch, cache or forget to deploy.
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: "production",
});

for (const warning of warnings) console.warn(`Workbox: ${warning}`);
console.log(
  `Service worker written to ${dist}/sw.js: ${count} files precached (${(size / 1024).toFixed(0)} KB).`,
);
