// Draws the site's icon (src/assets/favicon.svg) as public/favicon.png, in Chromium.
// Usage: node scripts/favicon.ts   (run it again after changing the SVG, and commit the PNG)
//
// Pages link the PNG, not the SVG: Chromium builds a whole document on the page's main thread to
// draw an SVG icon, 40 to 95 ms with the CPU slowed four times, after every page load. A small
// PNG decodes in a few milliseconds. 64 pixels keep it sharp in a tab on a high-density screen.
import { readFileSync } from "node:fs";
import { launchChromium } from "../tests/support/chromium.ts";

const size = 64;
const svg = readFileSync("src/assets/favicon.svg", "utf8").replace(
  "<svg ",
  `<svg width="${size}" height="${size}" `,
);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<body style="margin:0">${svg}</body>`);
  // Transparent outside the rounded square, like the SVG.
  await page.screenshot({ path: "public/favicon.png", omitBackground: true });
} finally {
  await browser.close();
}
console.log(`public/favicon.png written (${size}×${size}).`);
