// The numbers behind the "where your hours go" chart and its table, and how the table sorts.
import type { MatrixAnalysis } from "./analysis.ts";
import { placements, type Placement } from "./placement.ts";

export interface HoursRow {
  placement: Placement;
  label: string;
  /** Position in the usual placement order, used to sort by placement. */
  order: number;
  tasks: number;
  hours: number;
  /** This placement's share of all the person's hours, from 0 to 1 (0 when there are none). */
  share: number;
}

export type HoursColumn = "placement" | "tasks" | "hours" | "share";
export interface SortOrder {
  column: HoursColumn;
  direction: "ascending" | "descending";
}

export function hoursRows(analysis: MatrixAnalysis, labels: readonly string[]): HoursRow[] {
  const total = placements.reduce((sum, p) => sum + analysis.hoursByPlacement[p], 0);
  return placements.map((placement, order) => {
    const hours = analysis.hoursByPlacement[placement];
    return {
      placement,
      label: labels[order] ?? placement,
      order,
      tasks: analysis.byPlacement[placement].length,
      hours,
      share: total > 0 ? hours / total : 0,
    };
  });
}

export function sortRows(rows: readonly HoursRow[], { column, direction }: SortOrder): HoursRow[] {
  const key = (row: HoursRow) => (column === "placement" ? row.order : row[column]);
  const sign = direction === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => sign * (key(a) - key(b)) || a.order - b.order);
}
