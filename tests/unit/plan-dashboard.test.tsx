// The My plan dashboard in a DOM: each part reads its own saved document, says how to start when
// it is empty, and links to where each thing is edited.
import { render, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, test, vi } from "vitest";
import { completeHandoff, emptyHandoff } from "../support/checklist-fixtures.ts";
import { task, workedExampleSettings } from "../support/matrix-fixtures.ts";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const lessons = [
  { id: "what-you-keep", title: "What you keep" },
  { id: "are-you-ready", title: "Are you ready?" },
];

function save(name: string, data: unknown) {
  localStorage.setItem(`handoff:${name}`, JSON.stringify({ version: 1, data }));
}

/** Loads fresh stores (they read localStorage when created) and renders the dashboard. */
async function renderDashboard() {
  vi.resetModules();
  const { default: PlanDashboard } = await import("../../src/islands/plan/PlanDashboard.tsx");
  render(<PlanDashboard lessons={lessons} base="/handoff/" />);
  await screen.findByRole("heading", { level: 2, name: "Readiness quiz" });
  // Wait until the parts have read storage and replaced their placeholders.
  await vi.waitFor(() => expect(screen.queryByText(/Reading what this browser/)).toBeNull());
}

const part = (name: string) => screen.getByRole("region", { name });

const attempt = (score: number, finishedAt: string) => ({
  finishedAt,
  quizVersion: 1,
  answers: Array.from({ length: 14 }, () => 2),
  score,
  dimensions: {
    plan: score,
    systems: score,
    "self-knowledge": score,
    partner: score,
    pace: score,
    management: score,
    ownership: score,
  },
});

describe("PlanDashboard", { timeout: 30_000 }, () => {
  test("with nothing saved, every part says how to start and links there", async () => {
    await renderDashboard();
    expect(
      within(part("Task matrix")).getByRole("link", { name: "Chart your first task" }),
    ).toHaveProperty("pathname", "/handoff/tools/matrix/");
    expect(
      within(part("Handoff checklists")).getByRole("link", { name: "Start a checklist" }),
    ).toHaveProperty("pathname", "/handoff/tools/checklist/");
    expect(
      within(part("Readiness quiz")).getByRole("link", { name: "Take the quiz" }),
    ).toHaveProperty("pathname", "/handoff/quiz/");
    expect(within(part("Readiness quiz")).queryByRole("table")).toBeNull();
  });

  test("work saved in another tab while My plan is open shows up in its part", async () => {
    await renderDashboard();
    const text = JSON.stringify({
      version: 1,
      data: { tasks: [task({ name: "Weekly books" })], settings: workedExampleSettings },
    });
    localStorage.setItem("handoff:matrix", text);
    window.dispatchEvent(new StorageEvent("storage", { key: "handoff:matrix", newValue: text }));
    await screen.findByText(/charted 1 task/);
    expect(within(part("Task matrix")).getByText(/charted 1 task/)).toBeTruthy();
  });

  test("a part whose code cannot load says so, and the other parts still work", async () => {
    save("quiz", { quizVersion: 1, answers: [2, null], position: 1, finished: false, history: [] });
    save("matrix", { tasks: [task({ name: "Weekly books" })], settings: workedExampleSettings });
    vi.doMock("../../src/islands/plan/QuizPart.tsx", () => {
      throw new Error("Failed to fetch dynamically imported module");
    });
    cleanups.push(() => vi.doUnmock("../../src/islands/plan/QuizPart.tsx"));
    await renderDashboard();
    expect(within(part("Readiness quiz")).getByRole("alert").textContent).toMatch(
      /could not be shown.*still saved/,
    );
    expect(within(part("Task matrix")).getByText(/charted 1 task/)).toBeTruthy();
  });

  test.each([
    ["Download a backup", "../../src/stores/backup.ts"],
    ["Forget everything on this device…", "../../src/islands/plan/ForgetConfirm.tsx"],
  ])("%s: if its code cannot load, the page says so and nothing changes", async (name, path) => {
    save("matrix", { tasks: [task({ name: "Weekly books" })], settings: workedExampleSettings });
    vi.doMock(path, () => {
      throw new Error("Failed to fetch dynamically imported module");
    });
    cleanups.push(() => vi.doUnmock(path));
    await renderDashboard();
    const backups = part("Backups");
    within(backups).getByRole("button", { name }).click();
    expect((await within(backups).findByRole("alert")).textContent).toMatch(
      /did not load, so nothing was changed/,
    );
    expect(JSON.parse(localStorage.getItem("handoff:matrix") ?? "null").data.tasks).toHaveLength(1);
  });

  test("the matrix part shows tasks, hours and what to hand off first", async () => {
    save("matrix", {
      tasks: [
        task({ id: "t1", name: "Weekly books", cadence: "weekly", hoursEach: 3 }),
        task({ id: "t2", name: "Hiring", leaderJob: "team-building", hoursEach: 1 }),
      ],
      settings: workedExampleSettings,
    });
    await renderDashboard();
    const matrix = part("Task matrix");
    // 3 hours weekly is 13 hours a month; 1 hour weekly is 4.3 more.
    expect(within(matrix).getByText(/charted 2 tasks/).textContent).toMatch(/about 17\.3 hours/);
    expect(within(matrix).getByText(/Hand off first/).parentElement?.textContent).toBe(
      "Hand off first: Weekly books (13 hours a month).",
    );
    // The worked example: a net gain of 845 a month for the only queued task.
    expect(within(matrix).getByText(/hand-off queue holds 1 task/).textContent).toMatch(/\$845/);
  });

  test("each handoff shows its progress, readiness and next step, and links to itself", async () => {
    save("checklists", {
      handoffs: [
        completeHandoff({ id: "h-ready", name: "Bookkeeping" }),
        emptyHandoff({ id: "h-new", name: "Social <b>posts</b>" }),
        emptyHandoff({ id: "h-old", name: "Old job", archived: true }),
      ],
    });
    await renderDashboard();
    const checklists = part("Handoff checklists");
    const items = within(checklists).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toMatch(/^BookkeepingReady20 of 20 steps done$/);
    expect(items[1]?.textContent).toMatch(/0 of 20 steps done\. Next: The goal/);
    // A name with markup in it is shown as text.
    const link = within(items[1]!).getByRole("link");
    expect(link.textContent).toBe("Social <b>posts</b>");
    expect(link.getAttribute("href")).toBe("/handoff/tools/checklist/?open=h-new");
    expect(checklists.textContent).toMatch(/1 archived handoff\./);
  });

  test("the quiz part shows the latest score, the change and every attempt", async () => {
    save("quiz", {
      quizVersion: 1,
      answers: Array.from({ length: 14 }, () => 2),
      position: 13,
      finished: true,
      history: [attempt(50, "2026-11-01T10:00:00.000Z"), attempt(70, "2026-12-01T10:00:00.000Z")],
    });
    await renderDashboard();
    const quiz = part("Readiness quiz");
    expect(within(quiz).getByText(/latest score/).textContent).toBe(
      "Your latest score is 70 out of 100: Ready to start small. That is 20 points up on your attempt before.",
    );
    const rows = within(quiz).getAllByRole("row");
    expect(rows).toHaveLength(3);
    expect(rows[1]?.textContent).toMatch(/70Ready to start small$/);
    expect(rows[2]?.textContent).toMatch(/50Getting ready$/);
    expect(within(quiz).getByRole("link", { name: "See your result" })).toBeTruthy();
  });

  test("a quiz partway through says how far the person got", async () => {
    save("quiz", {
      quizVersion: 1,
      answers: [1, 2, 0, null, null, null, null, null, null, null, null, null, null, null],
      position: 3,
      finished: false,
      history: [],
    });
    await renderDashboard();
    const quiz = part("Readiness quiz");
    expect(within(quiz).getByText(/partway/).textContent).toBe(
      "You are partway through the quiz: 3 of 14 questions answered.",
    );
    expect(within(quiz).getByRole("link", { name: "Carry on with the quiz" })).toBeTruthy();
  });
});
