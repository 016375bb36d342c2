// Worksheets in the build's HTML: what the build renders is exactly what each island draws in a
// browser with nothing saved, and with saved work that HTML is removed instead of hydrated.
import { readFileSync } from "node:fs";
import { act } from "@testing-library/preact";
import { h, hydrate, render, type ComponentType, type VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import { afterEach, describe, expect, test, vi } from "vitest";
import { dropFirstVisitHtml } from "../../src/islands/first-visit-html.ts";
import { firstVisitDocuments } from "../../src/lib/first-visit.ts";
import { resultWords } from "../../src/lib/quiz/area-views.ts";
import { payrollLibrary } from "../support/matrix-fixtures.ts";
import { contentVersions } from "../support/quiz-fixtures.ts";

const lessons = [{ id: "what-you-keep", title: "What you keep" }];

/** Each worksheet island, loaded with fresh stores, and what its first visit shows. */
const islands = [
  {
    name: "the task matrix",
    load: () => import("../../src/islands/matrix/MatrixWorksheet.tsx"),
    props: { library: payrollLibrary },
    shows: "Add a task",
  },
  {
    name: "the checklist",
    load: () => import("../../src/islands/checklist/ChecklistApp.tsx"),
    props: {},
    shows: "Start a handoff",
  },
  {
    name: "the quiz",
    load: () => import("../../src/islands/quiz/QuizApp.tsx"),
    props: { quiz: contentVersions.at(-1)!, words: resultWords("/", {}) },
    shows: "Question 1 of 14",
  },
  {
    name: "My plan",
    load: () => import("../../src/islands/plan/PlanDashboard.tsx"),
    props: { lessons, base: "/handoff/" },
    shows: "You have not finished a lesson yet",
  },
];

/**
 * The island as Astro's Preact integration mounts it: ids from `useId` are keyed to the island's
 * number, set on its root vnode, so the server's and the browser's ids agree.
 */
function islandVNode(component: ComponentType<object>, props: object): VNode {
  const vnode = h(component, props) as VNode & { __m?: number[] };
  vnode.__m = [1, 0];
  return vnode;
}

/** Attributes a control's state lives in: compared as the properties the page reads, below. */
const stateAttributes = new Set(["value", "checked", "selected"]);

/**
 * What a person and the page see of a DOM tree: each element's attributes, in any order, the
 * state of its controls as properties (a fresh draw sets those as properties, the build writes
 * them as attributes), and its text.
 */
function describeTree(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return JSON.stringify(node.textContent);
  if (!(node instanceof Element)) return "";
  const attributes = [...node.attributes]
    .filter((attribute) => !stateAttributes.has(attribute.name))
    .map((attribute) => `${attribute.name}=${JSON.stringify(attribute.value)}`)
    .toSorted();
  const state =
    node instanceof HTMLInputElement
      ? [`.value=${node.value}`, `.checked=${node.checked}`]
      : node instanceof HTMLSelectElement || node instanceof HTMLProgressElement
        ? [`.value=${node.value}`]
        : node instanceof HTMLOptionElement
          ? [`.selected=${node.selected}`]
          : [];
  const children = [...node.childNodes].map(describeTree).filter(Boolean);
  return `<${node.localName} ${[...attributes, ...state].join(" ")}>${children.join("")}</>`;
}

const containers: HTMLElement[] = [];
afterEach(() => {
  for (const container of containers.splice(0)) {
    render(null, container);
    container.remove();
  }
});

function container(html = ""): HTMLElement {
  const element = document.createElement("div");
  element.innerHTML = html;
  document.body.append(element);
  containers.push(element);
  return element;
}

describe.each(islands)("$name", { timeout: 30_000 }, ({ load, props, shows }) => {
  test("the build's HTML is what the browser draws on a first visit", async () => {
    vi.resetModules();
    const { default: Island } = await load();
    const html = renderToString(islandVNode(Island as ComponentType<object>, props));
    expect(html).toContain(shows);
    // The controls wait for hydration.
    const built = container(html);
    expect(built.firstElementChild?.matches("fieldset.worksheet-root[disabled]")).toBe(true);

    // Hydration attaches handlers and keeps the HTML's attributes; a fresh draw sets its own. If
    // the browser's first render differed from the build's, the two would not match.
    const hydrated = container(html);
    await act(() => hydrate(islandVNode(Island as ComponentType<object>, props), hydrated));
    const drawn = container();
    await act(() => render(islandVNode(Island as ComponentType<object>, props), drawn));
    expect(describeTree(hydrated)).toBe(describeTree(drawn));
    expect(hydrated.querySelector("fieldset")?.disabled).toBe(false);
  });
});

describe("dropFirstVisitHtml", () => {
  const island = (marker: string) =>
    container(
      `<astro-island ssr><fieldset data-first-visit="${marker}"></fieldset></astro-island>`,
    );

  test("keeps the build's HTML while nothing the island draws is saved", () => {
    localStorage.setItem("handoff:quiz", "{}");
    const page = island("progress matrix");
    dropFirstVisitHtml(["progress", "matrix"]);
    expect(page.querySelector("[data-first-visit]")).not.toBeNull();
  });

  test("removes the island's HTML when any of its documents is saved, and no other island's", () => {
    localStorage.setItem("handoff:matrix", "{}");
    const plan = island("progress matrix");
    const matrix = island("matrix");
    dropFirstVisitHtml(["progress", "matrix"]);
    expect(plan.querySelector("[data-first-visit]")).toBeNull();
    expect(matrix.querySelector("[data-first-visit]")).not.toBeNull();
  });

  test("leaves an island that has hydrated alone", () => {
    localStorage.setItem("handoff:matrix", "{}");
    const page = container(
      '<astro-island><fieldset data-first-visit="matrix"></fieldset></astro-island>',
    );
    dropFirstVisitHtml(["matrix"]);
    expect(page.querySelector("[data-first-visit]")).not.toBeNull();
  });
});

test("the stylesheet hides the first-visit HTML for every document the first-paint script marks", () => {
  const css = readFileSync("src/styles/base.css", "utf8");
  for (const name of firstVisitDocuments) {
    expect(css).toContain(
      `:root[data-saved~="${name}"] astro-island[ssr] > [data-first-visit~="${name}"]`,
    );
  }
});

test("the starter library opened before hydration shows its tasks once hydrated", async () => {
  const { StarterLibrary } = await import("../../src/islands/matrix/StarterLibrary.tsx");
  const library = () => <StarterLibrary library={payrollLibrary} heading="h2" onAdd={() => {}} />;
  const page = container(renderToString(library()));
  // The reader opens it while the page's script is still on its way.
  page.querySelector("details")!.open = true;
  await act(() => hydrate(library(), page));
  expect(page.querySelector("button")?.textContent).toContain("Running payroll");
});
