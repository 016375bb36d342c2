// The checklist island: start by name or from a matrix link, the leader's-job gate, delete and
// undo, readiness, and text that is always shown as text.
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, test, vi } from "vitest";
import { completeHandoff } from "../support/checklist-fixtures.ts";
import { task } from "../support/matrix-fixtures.ts";
import { savedDocument } from "../support/saved-text.ts";

const cleanups: (() => void)[] = [];

/** Loads fresh stores (they read localStorage when created) and the island. */
async function loadApp() {
  vi.resetModules();
  const { default: ChecklistApp } = await import("../../src/islands/checklist/ChecklistApp.tsx");
  const stores = await import("../../src/stores/checklists.ts");
  // Keep the persistent stores mounted, so they read and write storage during the test.
  cleanups.push(stores.$checklists.listen(() => {}));
  return { ChecklistApp, ...stores };
}

function seedMatrix(tasks: ReturnType<typeof task>[]) {
  const settings = {
    hourlyValue: 50,
    currency: "USD",
    workingDaysPerWeek: 5,
    defaultProviderRate: 25,
    oversightShare: 0.1,
  };
  localStorage.setItem("handoff:matrix", JSON.stringify({ version: 1, data: { tasks, settings } }));
}

afterEach(() => {
  cleanups.splice(0).forEach((cleanup) => cleanup());
  history.replaceState(null, "", "/");
});

// Each test loads the island and its stores afresh, which takes a few seconds on a busy machine.
describe("ChecklistApp", { timeout: 30_000 }, () => {
  test("starts empty, then starts a handoff by name and saves it", async () => {
    const { ChecklistApp, $checklists } = await loadApp();
    render(<ChecklistApp />);
    await screen.findByText("Plan your first handoff");
    fireEvent.click(screen.getByRole("button", { name: "Start a handoff" }));
    expect(screen.getByText(/Type what you want to hand off/)).toBeTruthy();

    fireEvent.input(screen.getByLabelText("What do you want to hand off?"), {
      target: { value: "  Bookkeeping  " },
    });
    fireEvent.click(screen.getByRole("button", { name: "Start a handoff" }));
    await screen.findByRole("heading", { level: 2, name: "Bookkeeping" });
    expect($checklists.get().handoffs.map((h) => h.name)).toEqual(["Bookkeeping"]);
    const stored = savedDocument("handoff:checklists");
    expect(stored.version).toBe(1);
    expect(stored.data.handoffs[0].name).toBe("Bookkeeping");
  });

  test("?task= opens the matrix task's handoff, named after it, and removes the parameter", async () => {
    seedMatrix([task({ id: "t7", name: "Payroll" })]);
    history.replaceState(null, "", "/tools/checklist/?task=t7&keep=1");
    const { ChecklistApp, $checklists } = await loadApp();
    render(<ChecklistApp />);
    await screen.findByRole("heading", { level: 2, name: "Payroll" });
    expect($checklists.get().handoffs[0]?.taskId).toBe("t7");
    expect(window.location.search).toBe("?keep=1");
  });

  test("if the handoffs' part of the page cannot load, it says so and keeps them", async () => {
    const saved = { handoffs: [completeHandoff({ id: "h1", name: "Bookkeeping" })] };
    localStorage.setItem("handoff:checklists", JSON.stringify({ version: 1, data: saved }));
    vi.doMock("../../src/islands/checklist/HandoffWorkspace.tsx", () => {
      throw new Error("Failed to fetch dynamically imported module");
    });
    cleanups.push(() => vi.doUnmock("../../src/islands/checklist/HandoffWorkspace.tsx"));
    const { ChecklistApp } = await loadApp();
    render(<ChecklistApp />);
    await screen.findByText(/Your handoffs could not be shown/);
    expect(savedDocument("handoff:checklists").data).toEqual(saved);
  });

  test("an unknown ?task= says so and starts nothing", async () => {
    history.replaceState(null, "", "/tools/checklist/?task=missing");
    const { ChecklistApp, $checklists } = await loadApp();
    render(<ChecklistApp />);
    await screen.findByText("That task is not in your task matrix.");
    expect($checklists.get().handoffs).toEqual([]);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByLabelText("What do you want to hand off?")),
    );
  });

  test("?open= opens that saved handoff; an unknown one says so and keeps the rest", async () => {
    const saved = {
      handoffs: [
        completeHandoff({ id: "h1", name: "Bookkeeping" }),
        completeHandoff({ id: "h2", name: "Payroll" }),
      ],
      activeId: "h1",
    };
    localStorage.setItem("handoff:checklists", JSON.stringify({ version: 1, data: saved }));
    history.replaceState(null, "", "/tools/checklist/?open=h2");
    const first = await loadApp();
    render(<first.ChecklistApp />);
    await screen.findByRole("heading", { level: 2, name: "Payroll" });
    expect(first.$checklists.get().activeId).toBe("h2");
    expect(window.location.search).toBe("");
    cleanups.splice(0).forEach((cleanup) => cleanup());
    cleanup();
    // Leaving the page saves what it was about to save, as a real navigation does.
    window.dispatchEvent(new Event("pagehide"));

    history.replaceState(null, "", "/tools/checklist/?open=gone");
    const second = await loadApp();
    render(<second.ChecklistApp />);
    await screen.findByText("That handoff is not saved in this browser.");
    expect(screen.getByRole("heading", { level: 2, name: "Payroll" })).toBeTruthy();
    expect(second.$checklists.get().handoffs).toHaveLength(2);
  });

  test("a leader's job hides the checklist until the person says explicitly to go on", async () => {
    seedMatrix([task({ id: "lead", name: "Mission", leaderJob: "mission-vision" })]);
    history.replaceState(null, "", "/tools/checklist/?task=lead");
    const { ChecklistApp } = await loadApp();
    render(<ChecklistApp />);
    await screen.findByText("This should not be outsourced");
    expect(screen.getByText(/planning the mission and the vision/)).toBeTruthy();
    expect(screen.queryByText("1. Define the work")).toBeNull();
    fireEvent.click(
      screen.getByRole("button", { name: /I understand, and I still want to plan handing it off/ }),
    );
    await screen.findByText("1. Define the work");
  });

  test("a complete handoff is ready; deleting it can be undone", async () => {
    localStorage.setItem(
      "handoff:checklists",
      JSON.stringify({ version: 1, data: { handoffs: [completeHandoff()], activeId: "h1" } }),
    );
    const { ChecklistApp, $checklists } = await loadApp();
    render(<ChecklistApp />);
    await screen.findByText("Ready to hand off");
    fireEvent.click(screen.getByRole("button", { name: "Delete" }));
    await screen.findByText("Plan your first handoff");
    expect($checklists.get().handoffs).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    await screen.findByText("Ready to hand off");
    expect($checklists.get().handoffs).toEqual([completeHandoff()]);
  });

  test("markup in a name and in answers is shown as text", async () => {
    const hostile = `<img src=x onerror="alert(1)">`;
    const handoff = completeHandoff({ name: hostile });
    handoff.answers.goal = `<b>bold?</b>`;
    localStorage.setItem(
      "handoff:checklists",
      JSON.stringify({ version: 1, data: { handoffs: [handoff] } }),
    );
    const { ChecklistApp } = await loadApp();
    const { container } = render(<ChecklistApp />);
    await screen.findByRole("heading", { level: 2, name: hostile });
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("b")).toBeNull();
  });
});
