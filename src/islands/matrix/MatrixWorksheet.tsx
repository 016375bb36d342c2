// The task matrix worksheet: the island on /tools/matrix/ and in the chart-your-tasks lesson.
// It renders the store's state and calls its actions; the working-out lives in src/lib/matrix.
import { useStore } from "@nanostores/preact";
import { useCallback, useState } from "preact/hooks";
import { fieldsOfLibraryTask, type LibraryTask } from "../../lib/matrix/library.ts";
import type { TaskFields } from "../../lib/matrix/validation.ts";
import {
  $matrix,
  $matrixAnalysis,
  addTask,
  deleteTask,
  duplicateTask,
  restoreTask,
  updateSettings,
  updateTask,
  type DeletedTask,
} from "../../stores/matrix.ts";
import DataNotice from "../DataNotice.tsx";
import { downloadFile } from "../download-file.ts";
import { useHydrated } from "../use-hydrated.ts";
import { HandoffQueue } from "./HandoffQueue.tsx";
import { HoursChart } from "./HoursChart.tsx";
import { PlacementGrid } from "./PlacementGrid.tsx";
import { SettingsForm } from "./SettingsForm.tsx";
import { StarterLibrary } from "./StarterLibrary.tsx";
import { TaskEditor } from "./TaskEditor.tsx";
import "./matrix.css";

interface Props {
  /** The starter library from content/tasks/. */
  library: LibraryTask[];
  /** The heading level the worksheet's sections start at: 2 on its page, 3 inside a lesson. */
  level?: 2 | 3;
}

const base = import.meta.env.BASE_URL;
// Defined once, not per render, so the parts that receive them can skip redrawing.
const lessonHref = (slug: string) => `${base}lessons/${slug}/`;
const planHref = (id: string) => `${base}tools/checklist/?task=${encodeURIComponent(id)}`;

export default function MatrixWorksheet({ library, level = 2 }: Props) {
  const hydrated = useHydrated();
  if (!hydrated)
    return (
      <div class="matrix matrix-loading" aria-busy="true">
        <p>Loading your task matrix…</p>
      </div>
    );
  return <Matrix library={library} level={level} />;
}

function Matrix({ library, level }: Required<Props>) {
  const document = useStore($matrix);
  const analysis = useStore($matrixAnalysis);
  const [editingId, setEditingId] = useState<string | undefined>();
  const [focusToken, setFocusToken] = useState(0);
  const [deleted, setDeleted] = useState<DeletedTask | undefined>();
  const [message, setMessage] = useState("");
  const section = level === 2 ? "h2" : "h3";
  const cell = level === 2 ? "h3" : "h4";
  const editing = document.tasks.find((task) => task.id === editingId);

  // Stable across renders, so the chips and queue rows that receive it can skip redrawing.
  const open = useCallback((id: string) => {
    setEditingId(id);
    setFocusToken((token) => token + 1);
  }, []);
  const announce = (text: string) => {
    setDeleted(undefined);
    setMessage(text);
  };

  const save = (fields: TaskFields) => {
    if (editing) {
      updateTask(editing.id, fields);
      announce(`Saved “${fields.name}”.`);
    } else {
      addTask(fields);
      announce(`Added “${fields.name}”.`);
    }
  };
  const addFromLibrary = (entry: LibraryTask) => {
    const id = addTask(fieldsOfLibraryTask(entry));
    announce(`Added “${entry.name}”. Adjust it below so it fits you.`);
    open(id);
  };
  const duplicate = (id: string) => {
    const copy = duplicateTask(id);
    if (copy) {
      announce("Duplicated. You are now editing the copy.");
      open(copy);
    }
  };
  const remove = (id: string) => {
    const removed = deleteTask(id);
    if (!removed) return;
    setEditingId(undefined);
    setMessage(`Deleted “${removed.task.name}”.`);
    setDeleted(removed);
  };
  const undo = () => {
    if (!deleted) return;
    restoreTask(deleted);
    announce(`Restored “${deleted.task.name}”.`);
    open(deleted.task.id);
  };
  const exportCsv = async () => {
    // Loaded on demand: most visits never export, so the page does not pay for it up front.
    const { matrixCsv } = await import("../../lib/matrix/csv.ts");
    // The byte order mark tells spreadsheet apps the file is UTF-8, so names keep their accents.
    downloadFile(
      "handoff-tasks.csv",
      `\uFEFF${matrixCsv(analysis, document.settings)}`,
      "text/csv",
    );
  };

  return (
    <div class="matrix">
      <DataNotice />
      <TaskEditor
        task={editing}
        focusToken={focusToken}
        heading={section}
        onSave={save}
        onCancel={() => setEditingId(undefined)}
        onDuplicate={duplicate}
        onDelete={remove}
      />
      <div class="matrix-status matrix-no-print" role="status">
        {message && (
          <p>
            {message}{" "}
            {deleted && (
              <button type="button" class="button" onClick={undo}>
                Undo
              </button>
            )}
          </p>
        )}
      </div>
      <StarterLibrary library={library} heading={section} onAdd={addFromLibrary} />
      <section class="matrix-map" aria-labelledby="matrix-map-title">
        {section === "h2" ? (
          <h2 id="matrix-map-title">Your matrix</h2>
        ) : (
          <h3 id="matrix-map-title">Your matrix</h3>
        )}
        <p class="matrix-no-print">
          {document.tasks.length === 0
            ? "Add your first task above and it appears here, in its place."
            : "Select a task to edit it."}
        </p>
        <PlacementGrid
          byPlacement={analysis.byPlacement}
          startId={analysis.queue[0]?.task.id}
          selectedId={editingId}
          heading={cell}
          lessonHref={lessonHref}
          onSelect={open}
        />
      </section>
      <SettingsForm settings={document.settings} heading={section} onChange={updateSettings} />
      <HandoffQueue
        analysis={analysis}
        currency={document.settings.currency}
        heading={section}
        planHref={planHref}
        onSelect={open}
      />
      <HoursChart analysis={analysis} heading={section} />
      <div class="matrix-actions matrix-no-print">
        <button
          type="button"
          class="button"
          onClick={exportCsv}
          disabled={document.tasks.length === 0}
        >
          Download as CSV
        </button>
        <button type="button" class="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
    </div>
  );
}
