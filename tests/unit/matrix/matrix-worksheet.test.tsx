// The matrix island: adding, editing, deleting with undo, messages beside fields, names as text.
import fc from "fast-check";
import { fireEvent, render, screen, within } from "@testing-library/preact";
import { beforeEach, expect, test } from "vitest";
import MatrixWorksheet from "../../../src/islands/matrix/MatrixWorksheet.tsx";
import { matrixDocumentSpec } from "../../../src/lib/matrix/schema.ts";
import { $matrix } from "../../../src/stores/matrix.ts";
import { knownCurrencies, settingsArbitrary, tasksArbitrary } from "../../support/arbitraries.ts";
import { payrollLibrary } from "../../support/matrix-fixtures.ts";

const library = payrollLibrary;

// A listener for the whole file keeps the store mounted: otherwise nanostores unmounts it a
// second after the last island goes, and that timer would fire after the test window is gone.
$matrix.listen(() => {});

beforeEach(() => $matrix.set(matrixDocumentSpec.empty()));

const cell = (title: string) => screen.getByRole("region", { name: title }) as HTMLElement;

async function addTask(name: string, hours: string, choices: string[] = []) {
  fireEvent.input(screen.getByLabelText("Task"), { target: { value: name } });
  fireEvent.input(screen.getByLabelText("Your hours each time"), { target: { value: hours } });
  for (const choice of choices) fireEvent.click(screen.getByLabelText(choice));
  fireEvent.click(screen.getByRole("button", { name: "Add task" }));
}

test("a new task lands in its place, and a markup name shows as text", async () => {
  render(<MatrixWorksheet library={library} />);
  await screen.findByRole("heading", { name: "Add a task" });
  await addTask("<b>Bold</b> books", "2", ["Weakness", "Dislike it"]);
  const outsource = await screen.findByRole("region", { name: "Outsource first" });
  expect(within(outsource).getByText("<b>Bold</b> books")).toBeTruthy();
  expect(document.querySelector(".matrix b")).toBeNull();
  expect(within(outsource).getByText("Start here")).toBeTruthy();
  expect(screen.getByRole("status").textContent).toMatch(/Added “<b>Bold<\/b> books”/);
  const plan = screen.getByRole("link", { name: /Plan this handoff/ });
  expect(plan.getAttribute("href")).toBe(`/tools/checklist/?task=${$matrix.get().tasks[0]?.id}`);
});

test("a leader's job goes to the Keep lane with its reason and lesson link", async () => {
  render(<MatrixWorksheet library={library} />);
  await screen.findByRole("heading", { name: "Add a task" });
  fireEvent.change(screen.getByLabelText("Kind of work"), { target: { value: "team-building" } });
  await addTask("Team day", "4", ["Weakness"]);
  const keep = await screen.findByRole("region", { name: "Keep: lead it yourself" });
  expect(within(keep).getByText("Team day")).toBeTruthy();
  expect(within(keep).getByRole("link").getAttribute("href")).toBe(
    "/lessons/what-not-to-outsource/",
  );
});

test("a bad field gets its message beside it and nothing is saved or lost", async () => {
  render(<MatrixWorksheet library={library} />);
  await screen.findByRole("heading", { name: "Add a task" });
  fireEvent.change(screen.getByLabelText("How often"), { target: { value: "daily" } });
  await addTask("Inbox", "30");
  const hours = screen.getByLabelText("Your hours each time") as HTMLInputElement;
  expect(hours.getAttribute("aria-invalid")).toBe("true");
  const message = document.getElementById(
    hours.getAttribute("aria-describedby")?.split(" ").at(-1) ?? "",
  );
  expect(message?.textContent).toBe("Hours must be more than 0 and at most 24 for a daily task.");
  expect(document.activeElement).toBe(hours);
  expect(hours.value).toBe("30");
  expect($matrix.get().tasks).toEqual([]);
});

test("a library task is added in one click and opened for adjusting; edit, delete and undo", async () => {
  render(<MatrixWorksheet library={library} />);
  fireEvent.click(await screen.findByText("Show 1 common small-business tasks"));
  fireEvent.click(screen.getByRole("button", { name: "Add Running payroll" }));
  expect(screen.getByRole("heading", { name: "Edit “Running payroll”" })).toBeTruthy();
  fireEvent.input(screen.getByLabelText("Task"), { target: { value: "Payroll run" } });
  fireEvent.click(screen.getByRole("button", { name: "Save changes" }));
  expect($matrix.get().tasks[0]?.name).toBe("Payroll run");

  fireEvent.click(screen.getByRole("button", { name: "Delete" }));
  expect($matrix.get().tasks).toEqual([]);
  expect(screen.getByRole("status").textContent).toMatch(/Deleted “Payroll run”/);
  fireEvent.click(screen.getByRole("button", { name: "Undo" }));
  expect($matrix.get().tasks.map((t) => t.name)).toEqual(["Payroll run"]);
  await screen.findByText("Payroll run", { selector: ".matrix-chip-name" });
  expect(within(cell("Outsource first")).getByText("Payroll run")).toBeTruthy();
});

test("with no tasks the page says what the calculator will show, then shows it", async () => {
  render(<MatrixWorksheet library={library} />);
  await screen.findByRole("heading", { name: "Add a task" });
  expect(
    screen.getByText(/Once you add tasks, the ones that keep the business running/),
  ).toBeTruthy();
  expect(screen.queryByRole("table", { name: /Hours a month by placement/ })).toBeNull();
  expect(screen.queryByLabelText("What an hour of your time is worth")).toBeNull();
  // The empty grid is there to show where tasks will land.
  expect(cell("Outsource first")).toBeTruthy();
  fireEvent.click(screen.getByText("Show 1 common small-business tasks"));
  fireEvent.click(screen.getByRole("button", { name: "Add Running payroll" }));
  await screen.findByRole("table", { name: /Hours a month by placement/ });
  expect(screen.getByLabelText("What an hour of your time is worth")).toBeTruthy();
  expect(screen.queryByText(/Once you add tasks, the ones that keep/)).toBeNull();
});

test("the hours table sorts by any column and says which", async () => {
  render(<MatrixWorksheet library={library} />);
  fireEvent.click(await screen.findByText("Show 1 common small-business tasks"));
  fireEvent.click(screen.getByRole("button", { name: "Add Running payroll" }));
  const table = await screen.findByRole("table", { name: /Hours a month by placement/ });
  const firstRow = () => within(table).getAllByRole("row")[1]?.textContent ?? "";
  expect(firstRow()).toMatch(/^Keep/);
  fireEvent.click(within(table).getByRole("button", { name: /Hours a month/ }));
  fireEvent.click(within(table).getByRole("button", { name: /Hours a month/ }));
  expect(firstRow()).toMatch(/^Outsource first/);
  expect(
    within(table)
      .getByRole("columnheader", { name: /Hours a month/ })
      .getAttribute("aria-sort"),
  ).toBe("descending");
});

test("no saved matrix puts NaN or Infinity on screen", async () => {
  const { unmount } = render(<MatrixWorksheet library={library} />);
  // A first task loads the figures' code; every worksheet drawn after it shows them at once.
  fireEvent.click(await screen.findByText("Show 1 common small-business tasks"));
  fireEvent.click(screen.getByRole("button", { name: "Add Running payroll" }));
  await screen.findByRole("table", { name: /Hours a month by placement/ });
  unmount();
  fc.assert(
    fc.property(tasksArbitrary(40), settingsArbitrary(knownCurrencies), (tasks, settings) => {
      $matrix.set({ tasks, settings });
      const { container, unmount: done } = render(<MatrixWorksheet library={library} />);
      // Task names are the person's own text, so only the figures are checked.
      const figures = [
        ...container.querySelectorAll("td, .matrix-chip-hours, .matrix-bar-value, .matrix-summary"),
      ]
        .map((el) => el.textContent)
        .join(" ");
      const drawn = container.querySelector(".matrix-hours") !== null;
      done();
      expect(drawn).toBe(tasks.length > 0);
      expect(figures).not.toMatch(/NaN|∞|Infinity/);
    }),
    { numRuns: 20 },
  );
  // Rendering twenty matrices of up to forty tasks takes a few seconds on a busy machine.
}, 60_000);
