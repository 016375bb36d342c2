// Where the hours go: a bar chart of hours a month by placement, and beside it a table with
// the same numbers that sorts by any column.
import { useState } from "preact/hooks";
import type { MatrixAnalysis } from "../../lib/matrix/analysis.ts";
import { formatHours } from "../../lib/matrix/format.ts";
import { placementInfo } from "../../lib/matrix/labels.ts";
import { placements } from "../../lib/matrix/placement.ts";
import {
  hoursRows,
  sortRows,
  type HoursColumn,
  type SortOrder,
} from "../../lib/matrix/hours-table.ts";
import { TableRegion } from "./TableRegion.tsx";

interface Props {
  analysis: MatrixAnalysis;
  heading: "h2" | "h3";
}

const columns: { key: HoursColumn; label: string }[] = [
  { key: "placement", label: "Placement" },
  { key: "tasks", label: "Tasks" },
  { key: "hours", label: "Hours a month" },
  { key: "share", label: "Share of your hours" },
];

export function HoursChart({ analysis, heading: Heading }: Props) {
  const [sort, setSort] = useState<SortOrder>({ column: "placement", direction: "ascending" });

  const rows = hoursRows(
    analysis,
    placements.map((p) => placementInfo[p].title),
  );
  const sorted = sortRows(rows, sort);
  const largest = Math.max(...rows.map((row) => row.hours), 0);
  const percent = (share: number) => `${Math.round(share * 100)}%`;

  const toggle = (column: HoursColumn) =>
    setSort((current) => ({
      column,
      direction:
        current.column === column && current.direction === "ascending" ? "descending" : "ascending",
    }));

  return (
    <section class="matrix-hours" aria-labelledby="matrix-hours-title">
      <Heading id="matrix-hours-title">Where your hours go</Heading>
      <div class="matrix-hours-layout">
        <figure class="matrix-chart" aria-hidden="true">
          {rows.map((row) => (
            <div class="matrix-bar-row" key={row.placement}>
              <span class="matrix-bar-label">{row.label}</span>
              <span class="matrix-bar-track">
                <span
                  class={`matrix-bar matrix-bar-${row.placement}`}
                  style={{ width: `${largest > 0 ? (row.hours / largest) * 100 : 0}%` }}
                ></span>
              </span>
              <span class="matrix-bar-value">{formatHours(row.hours)} h</span>
            </div>
          ))}
        </figure>
        <TableRegion labelledBy="matrix-hours-title">
          <table class="data-table matrix-table matrix-hours-table">
            <caption class="visually-hidden">
              Hours a month by placement. Select a column heading to sort.
            </caption>
            <thead>
              <tr>
                {columns.map(({ key, label }) => (
                  <th
                    key={key}
                    scope="col"
                    aria-sort={sort.column === key ? sort.direction : undefined}
                  >
                    <button type="button" class="matrix-sort" onClick={() => toggle(key)}>
                      {label}
                      <span aria-hidden="true">
                        {sort.column === key
                          ? sort.direction === "ascending"
                            ? " ▲"
                            : " ▼"
                          : " ↕"}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sorted.map((row) => (
                <tr key={row.placement}>
                  <th scope="row">{row.label}</th>
                  <td>{row.tasks}</td>
                  <td>{formatHours(row.hours)}</td>
                  <td>{percent(row.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </div>
    </section>
  );
}
