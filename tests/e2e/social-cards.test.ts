// Social cards in the built site: every page's Open Graph and Twitter image is a real
// 1200x630 PNG from the build, and each page points at its own card.
import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { sitemapPaths } from "../support/browser.ts";
import { TEST_BASE } from "../support/site.ts";

const paths = sitemapPaths();

/** The built HTML of a page, by its path relative to the base. */
const html = (path: string) => readFileSync(`dist/${path}index.html`, "utf8");

function metaContent(
  page: string,
  attribute: "property" | "name",
  key: string,
): string | undefined {
  const match = new RegExp(`<meta ${attribute}="${key}" content="([^"]+)"`).exec(page);
  return match?.[1];
}

/** Width and height from a PNG's header (the IHDR chunk always comes first). */
function pngSize(file: Buffer): { width: number; height: number } {
  expect(file.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

/** A page's own card, or its nearest parent's when it has none (e.g. a printable sub-page). */
function expectedCard(path: string): string {
  const segments = path.replace(/\/$/, "").split("/");
  for (let end = segments.length; end > 0; end--) {
    const key = segments.slice(0, end).join("/");
    if (key !== "" && existsSync(`dist/og/${key}.png`)) return key;
  }
  return "home";
}

test.each(paths)("/%s has its own (or its section's) 1200x630 social card", (path) => {
  const page = html(path);
  const image = metaContent(page, "property", "og:image");
  expect(image, "og:image").toBeDefined();
  expect(metaContent(page, "name", "twitter:image")).toBe(image);
  expect(metaContent(page, "name", "twitter:card")).toBe("summary_large_image");

  const imagePath = new URL(image!).pathname;
  const expected = expectedCard(path);
  expect(imagePath).toBe(`${TEST_BASE}og/${expected}.png`);
  const file = readFileSync(`dist/${imagePath.slice(TEST_BASE.length)}`);
  expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
});

test("every lesson, worksheet and quiz band has a card", () => {
  const cards = paths.map((path) => (path === "" ? "home" : path.replace(/\/$/, "")));
  for (const required of [
    "home",
    "tools/matrix",
    "tools/checklist",
    "quiz",
    "plan",
    "quiz/result/not-ready-yet",
    "quiz/result/getting-ready",
    "quiz/result/ready-to-start-small",
    "quiz/result/ready-to-scale",
  ]) {
    expect(cards).toContain(required);
  }
  expect(cards.filter((card) => card.startsWith("lessons/")).length).toBeGreaterThan(1);
});

test("pages without a card of their own fall back to the home card", () => {
  const image = metaContent(readFileSync("dist/404.html", "utf8"), "property", "og:image");
  expect(new URL(image!).pathname).toBe(`${TEST_BASE}og/home.png`);
});
