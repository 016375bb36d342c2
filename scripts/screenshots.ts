// Takes screenshots of pages at phone and desktop widths in light and dark, for looking at by eye.
// Usage: node scripts/screenshots.ts [--seed=<file.json>] <base-url> <out-dir> <path> [<path> ...]
// A seed file maps localStorage keys to the text to store there before each page loads, so pages
// can be seen with saved work in them.
import { mkdirSync, readFileSync } from "node:fs";
import { launchChromium } from "../tests/support/chromium.ts";

const args = process.argv.slice(2);
const seedArg = args.find((arg) => arg.startsWith("--seed="));
const seed: Record<string, string> = seedArg
  ? JSON.parse(readFileSync(seedArg.slice("--seed=".length), "utf8"))
  : {};
const [baseUrl = "http://127.0.0.1:4321/", outDir = "/tmp/shots", ...paths] = args.filter(
  (arg) => arg !== seedArg,
);
mkdirSync(outDir, { recursive: true });

const viewports = [
  { name: "phone", width: 375, height: 812 },
  { name: "desktop", width: 1280, height: 900 },
];
const schemes = ["light", "dark"] as const;

const browser = await launchChromium();
for (const path of paths.length > 0 ? paths : [""]) {
  for (const viewport of viewports) {
    for (const scheme of schemes) {
      const page = await browser.newPage({
        viewport: { width: viewport.width, height: viewport.height },
        colorScheme: scheme,
        // Lets the style below in; the site's own policy is tested elsewhere.
        bypassCSP: true,
      });
      await page.addInitScript((entries) => {
        for (const [key, text] of Object.entries(entries)) localStorage.setItem(key, text);
      }, seed);
      await page.goto(new URL(path, baseUrl).href, { waitUntil: "networkidle" });
      // A full-page picture shows everything at once, so sections the browser would skip while
      // they are off screen (content-visibility: auto) are drawn too.
      await page.addStyleTag({ content: "* { content-visibility: visible !important; }" });
      const name = `${path.replace(/[^a-z0-9]+/gi, "_") || "home"}-${viewport.name}-${scheme}.png`;
      await page.screenshot({ path: `${outDir}/${name}`, fullPage: true });
      await page.close();
      console.log(`${outDir}/${name}`);
    }
  }
}
await browser.close();
