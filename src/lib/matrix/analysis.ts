// Everything the worksheet shows, worked out from the document in one pass: each task's
// placement and figures, the hand-off queue and its totals, and hours by placement.
import { addFigures, perYear, taskFigures, zeroFigures, type Figures } from "./calculator.ts";
import { handoffQueue, placementOf, placements, type Placement } from "./placement.ts";
import type { MatrixDocument, MatrixSettings, Task } from "./schema.ts";

export interface AnalysedTask {
  task: Task;
  placement: Placement;
  figures: Figures;
}

export interface MatrixAnalysis {
  /** The settings the figures were worked out with. */
  settings: MatrixSettings;
  /** Every task, in the order it was added. */
  tasks: AnalysedTask[];
  /** Tasks by placement, each in the order added. */
  byPlacement: Record<Placement, AnalysedTask[]>;
  /** The hand-off queue, in the order to hand tasks off; the first is the place to start. */
  queue: AnalysedTask[];
  /** The queue's figures added up, for a month and for a year. */
  queueMonth: Figures;
  queueYear: Figures;
  /** The person's own hours a month in each placement. */
  hoursByPlacement: Record<Placement, number>;
}

function emptyRecord<T>(make: () => T): Record<Placement, T> {
  return Object.fromEntries(placements.map((p) => [p, make()])) as Record<Placement, T>;
}

/** The earlier list when it holds the same entries in the same order, so views can skip it. */
function sameOrNew<T>(next: T[], earlier: T[] | undefined): T[] {
  if (earlier?.length !== next.length) return next;
  return next.every((entry, i) => entry === earlier[i]) ? earlier : next;
}

/**
 * Works out the analysis of `document`. Given the analysis of the document before an edit, it
 * keeps every entry and list the edit did not touch as the same object, so a view of hundreds of
 * tasks can redraw only the lane and rows that changed. Tasks are compared by identity: the
 * store replaces a task object whenever it changes, and keeps it otherwise.
 */
export function analyseMatrix(document: MatrixDocument, earlier?: MatrixAnalysis): MatrixAnalysis {
  // Figures depend on the settings too, so entries are reused only under the same settings.
  const reusable = new Map(
    earlier && earlier.settings === document.settings
      ? earlier.tasks.map((entry) => [entry.task, entry])
      : [],
  );
  const tasks = document.tasks.map(
    (task) =>
      reusable.get(task) ?? {
        task,
        placement: placementOf(task),
        figures: taskFigures(task, document.settings),
      },
  );
  const byPlacement = emptyRecord<AnalysedTask[]>(() => []);
  const hoursByPlacement = emptyRecord(() => 0);
  for (const entry of tasks) {
    byPlacement[entry.placement].push(entry);
    hoursByPlacement[entry.placement] += entry.figures.hoursPerMonth;
  }
  for (const placement of placements) {
    byPlacement[placement] = sameOrNew(byPlacement[placement], earlier?.byPlacement[placement]);
  }
  const queue = sameOrNew(
    handoffQueue(tasks, (entry) => ({
      task: entry.task,
      hoursPerMonth: entry.figures.hoursPerMonth,
    })),
    earlier?.queue,
  );
  const queueMonth = queue.reduce((sum, entry) => addFigures(sum, entry.figures), zeroFigures);
  return {
    settings: document.settings,
    tasks,
    byPlacement,
    queue,
    queueMonth,
    queueYear: perYear(queueMonth),
    hoursByPlacement,
  };
}
