// The task matrix once it has tasks: the grid with each task in its place, the calculator's
// settings, the hand-off queue, the chart of hours and the exports. Loaded with the first task.
import { useStore } from "@nanostores/preact";
import { currencyOf } from "../../lib/matrix/currency.ts";
import type { MatrixDocument } from "../../lib/matrix/schema.ts";
import { updateSettings } from "../../stores/matrix.ts";
import { $matrixAnalysis } from "../../stores/matrix-analysis.ts";
import { downloadFile } from "../download-file.ts";
import { useCodeOnDemand } from "../use-loaded-code.ts";
import { HandoffQueue } from "./HandoffQueue.tsx";
import { HoursChart } from "./HoursChart.tsx";
import { MatrixMap } from "./MatrixMap.tsx";
import { PlacementGrid } from "./PlacementGrid.tsx";
import { SettingsForm } from "./SettingsForm.tsx";

interface Props {
  document: MatrixDocument;
  editingId: string | undefined;
  section: "h2" | "h3";
  cell: "h3" | "h4";
  lessonHref: (slug: string) => string;
  planHref: (id: string) => string;
  onSelect: (id: string) => void;
}

export function MatrixResults({ document, editingId, section, cell, ...links }: Props) {
  const analysis = useStore($matrixAnalysis);
  const { withCode, unavailable } = useCodeOnDemand();
  // Loaded on demand: most visits never export, so the page does not pay for it up front.
  const exportCsv = () =>
    withCode(
      () => import("../../lib/matrix/csv.ts"),
      ({ matrixCsv }) =>
        // The byte order mark tells spreadsheet apps the file is UTF-8, so names keep their accents.
        downloadFile(
          "handoff-tasks.csv",
          `\uFEFF${matrixCsv(analysis, document.settings)}`,
          "text/csv",
        ),
    );

  return (
    <>
      <MatrixMap heading={section} hint="Select a task to edit it.">
        <PlacementGrid
          byPlacement={analysis.byPlacement}
          startId={analysis.queue[0]?.task.id}
          selectedId={editingId}
          heading={cell}
          lessonHref={links.lessonHref}
          onSelect={links.onSelect}
        />
      </MatrixMap>
      <SettingsForm settings={document.settings} heading={section} onChange={updateSettings} />
      <HandoffQueue
        analysis={analysis}
        currency={currencyOf(document.settings)}
        heading={section}
        planHref={links.planHref}
        onSelect={links.onSelect}
      />
      <HoursChart analysis={analysis} heading={section} />
      <div class="matrix-actions matrix-no-print">
        <button type="button" class="button" onClick={exportCsv}>
          Download as CSV
        </button>
        <button type="button" class="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      {unavailable && (
        <p class="matrix-error matrix-no-print" role="alert">
          The CSV file could not be made: part of this page did not load. Your tasks are still
          saved. Check your connection and try again.
        </p>
      )}
    </>
  );
}
