// Everything the worksheet shows, worked out from the document in one pass: each task's
// placement and figures, the hand-off queue and its totals, and hours by placement.
import { addFigures, perYear, taskFigures, zeroFigures, type Figures } from "./calculator.ts";
import { handoffQueue, placementOf, placements, type Placement } from "./placement.ts";
import type { MatrixDocument, Task } from "./schema.ts";

export interface AnalysedTask {
  task: Task;
  placement: Placement;
  figures: Figures;
}

export interface MatrixAnalysis {
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

export function analyseMatrix(document: MatrixDocument): MatrixAnalysis {
  const tasks = document.tasks.map((task) => ({
    task,
    placement: placementOf(task),
    figures: taskFigures(task, document.settings),
  }));
  const byPlacement = emptyRecord<AnalysedTask[]>(() => []);
  const hoursByPlacement = emptyRecord(() => 0);
  for (const entry of tasks) {
    byPlacement[entry.placement].push(entry);
    hoursByPlacement[entry.placement] += entry.figures.hoursPerMonth;
  }
  const queue = handoffQueue(tasks, (entry) => ({
    task: entry.task,
    hoursPerMonth: entry.figures.hoursPerMonth,
  }));
  const queueMonth = queue.reduce((sum, entry) => addFigures(sum, entry.figures), zeroFigures);
  return {
    tasks,
    byPlacement,
    queue,
    queueMonth,
    queueYear: perYear(queueMonth),
    hoursByPlacement,
  };
}
