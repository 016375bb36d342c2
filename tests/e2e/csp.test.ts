// The Content-Security-Policy is on every page, refuses injected scripts, and breaks nothing.
import { expect, test } from "vitest";
import { pageErrors, sitemapPaths, siteUrl, useBrowser } from "../support/browser.ts";
import { cspViolations, hydrateIslands, recordCspViolations } from "../support/page-walk.ts";

const openPage = useBrowser();
const paths = [...sitemapPaths(), "no-such-page/"];

/** The policy's directives as a map from name to its list of sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

test.each(paths)("/%s carries a strict policy before any script", async (path) => {
  const page = await openPage();
  await page.goto(siteUrl(path));
  const head = await page.evaluate(() => {
    const metas = [...document.querySelectorAll("meta[http-equiv='content-security-policy']")];
    const meta = metas[0];
    return {
      count: metas.length,
      policy: meta?.getAttribute("content") ?? "",
      // A policy in a <meta> governs only what comes after it in the document.
      scriptsBefore: [...document.scripts].filter(
        (script) => meta && script.compareDocumentPosition(meta) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).length,
    };
  });
  expect(head.count).toBe(1);
  expect(head.scriptsBefore).toBe(0);
  const policy = parsePolicy(head.policy);
  expect(policy.get("default-src")).toEqual(["'self'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'self'"]);
  const scriptSrc = policy.get("script-src") ?? [];
  expect(scriptSrc).toContain("'self'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(scriptSrc.some((source) => /^https?:|^\*/.test(source))).toBe(false);
  // Only hashed inline scripts may run; the allowed hashes cover the page's own inline scripts.
  expect(scriptSrc.filter((source) => source.startsWith("'sha256-")).length).toBeGreaterThan(0);
});

test.each(paths)(
  "/%s works under the policy: no violations, islands hydrate",
  { timeout: 60_000 },
  async (path) => {
    const page = await openPage({ viewport: { width: 1280, height: 900 } });
    await recordCspViolations(page);
    await page.goto(siteUrl(path), { waitUntil: "networkidle" });
    await hydrateIslands(page);
    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  },
);

test(
  "an injected inline script, event handler or eval is refused",
  { timeout: 60_000 },
  async () => {
    const page = await openPage();
    await recordCspViolations(page);
    await page.goto(siteUrl("lessons/"));
    const outcome = await page.evaluate(async () => {
      const flags = window as unknown as Record<string, unknown>;
      // What an attacker who slipped markup into the page would try.
      const script = document.createElement("script");
      script.textContent = "window.injectedScriptRan = true;";
      document.body.append(script);
      const button = document.createElement("button");
      button.setAttribute("onclick", "window.injectedHandlerRan = true;");
      document.body.append(button);
      button.click();
      const holder = document.createElement("div");
      holder.innerHTML = `<img src="x" onerror="window.injectedOnerrorRan = true">`;
      document.body.append(holder);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return {
        script: flags.injectedScriptRan ?? false,
        handler: flags.injectedHandlerRan ?? false,
        onerror: flags.injectedOnerrorRan ?? false,
      };
    });
    expect(outcome).toEqual({ script: false, handler: false, onerror: false });
    // Calling eval from a page script (not through DevTools) must be refused too.
    const evalRefused = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          window.addEventListener("securitypolicyviolation", (event) => {
            if (event.effectiveDirective === "script-src") resolve(true);
          });
          setTimeout(() => resolve(false), 1000);
          const timer = setTimeout as unknown as (code: string, ms: number) => void;
          timer("window.injectedEvalRan = true;", 0);
        }),
    );
    expect(evalRefused).toBe(true);
    expect(await page.evaluate(() => "injectedEvalRan" in window)).toBe(false);
    const directives = (await cspViolations(page)).map((violation) => violation.directive);
    expect(directives).toEqual(expect.arrayContaining(["script-src-elem", "script-src-attr"]));
  },
);

test(
  "search loads Pagefind and finds lessons with the policy enforced",
  { timeout: 60_000 },
  async () => {
    const page = await openPage();
    await recordCspViolations(page);
    const lesson = sitemapPaths().find((path) => /^lessons\/.+\//.test(path));
    await page.goto(siteUrl(lesson));
    await page.locator("[data-search-open]").first().click();
    await page.locator("[data-search-input]").fill("outsource");
    await page.locator("[data-search-results] li a").first().waitFor();
    expect(await page.locator("[data-search-results] li").count()).toBeGreaterThan(0);
    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  },
);
