// The task matrix worksheet: the island on /tools/matrix/ and in the chart-your-tasks lesson.
// It renders the store's state and calls its actions; the working-out lives in src/lib/matrix.
import { useStore } from "@nanostores/preact";
import { useCallback, useState } from "preact/hooks";
import { matrixDocument } from "../../lib/matrix/document.ts";
import { fieldsOfLibraryTask, type LibraryTask } from "../../lib/matrix/library.ts";
import { placements, type Placement } from "../../lib/matrix/placement.ts";
import type { AnalysedTask } from "../../lib/matrix/analysis.ts";
import { loadOnce } from "../../lib/load-once.ts";
import type { TaskFields } from "../../lib/matrix/validation.ts";
import {
  $matrix,
  addTask,
  deleteTask,
  duplicateTask,
  restoreTask,
  updateTask,
  type DeletedTask,
} from "../../stores/matrix.ts";
import { hasSavedText } from "../../stores/persisted-document.ts";
import DataNotice from "../DataNotice.tsx";
import { dropFirstVisitHtml } from "../first-visit-html.ts";
import { useLoadedCode } from "../use-loaded-code.ts";
import { WorksheetRoot } from "../WorksheetRoot.tsx";
import { MatrixMap } from "./MatrixMap.tsx";
import { PlacementGrid } from "./PlacementGrid.tsx";
import { StarterLibrary } from "./StarterLibrary.tsx";
import { TaskEditor } from "./TaskEditor.tsx";
import "./matrix.css";

/**
 * The grid with tasks in it, the calculator, the queue and the chart: the code that works out
 * figures, loaded once there is a task and kept, so a worksheet drawn again shows it at once.
 * Saved tasks need it before the worksheet is drawn, so it then loads with the page (the await
 * below), and nothing appears in two steps.
 */
const results = loadOnce(() =>
  import("./MatrixResults.tsx").then((module) => module.MatrixResults),
);
// If it cannot load now, the worksheet still draws and says so where the results would be.
if (hasSavedText(matrixDocument.name)) await results.load().catch(() => {});
// The build's HTML is an empty matrix; saved tasks are drawn in its place.
const documents = [matrixDocument.name];
dropFirstVisitHtml(documents);

/** An empty grid: every placement with no tasks. */
const noTasks = Object.fromEntries(
  placements.map((placement) => [placement, [] as AnalysedTask[]]),
) as Record<Placement, AnalysedTask[]>;

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

/**
 * The build renders it as a first visit sees it, an empty matrix with the starter library, so it
 * is on screen before any script runs.
 */
export default function MatrixWorksheet({ library, level = 2 }: Props) {
  const document = useStore($matrix);
  const [editingId, setEditingId] = useState<string | undefined>();
  const [focusToken, setFocusToken] = useState(0);
  const [deleted, setDeleted] = useState<DeletedTask | undefined>();
  const [message, setMessage] = useState("");
  const section = level === 2 ? "h2" : "h3";
  const cell = level === 2 ? "h3" : "h4";
  const editing = document.tasks.find((task) => task.id === editingId);
  const hasTasks = document.tasks.length > 0;
  // The first task is near once the person turns to the form or the library: `prepare` fetches
  // the results early.
  const { loaded: Results, failed: resultsFailed, prepare } = useLoadedCode(results, hasTasks);

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
  return (
    <WorksheetRoot class="matrix" documents={documents} onFocusIn={prepare} onPointerDown={prepare}>
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
      {!hasTasks ? (
        <>
          <MatrixMap
            heading={section}
            hint="Add your first task above and it appears here, in its place."
          >
            <PlacementGrid
              byPlacement={noTasks}
              startId={undefined}
              selectedId={undefined}
              heading={cell}
              lessonHref={lessonHref}
              onSelect={open}
            />
          </MatrixMap>
          <FiguresInvitation heading={section} />
        </>
      ) : Results ? (
        <Results
          document={document}
          editingId={editingId}
          section={section}
          cell={cell}
          lessonHref={lessonHref}
          planHref={planHref}
          onSelect={open}
        />
      ) : (
        <div class="matrix-loading" role={resultsFailed ? "alert" : undefined}>
          <p>
            {resultsFailed
              ? "Your tasks could not be placed: part of this page did not load. They are still saved in this browser. Check your connection and reload the page."
              : "Placing your tasks…"}
          </p>
        </div>
      )}
    </WorksheetRoot>
  );
}

/**
 * What the calculator will do, in place of a queue and a chart of zeros: with no tasks there is
 * nothing to work out, and a first visit is spared the calculator's code and the number
 * formatter, whose first use loads the locale's number data.
 */
function FiguresInvitation({ heading: Heading }: { heading: "h2" | "h3" }) {
  return (
    <section class="matrix-queue" aria-labelledby="matrix-queue-title">
      <Heading id="matrix-queue-title">Your hand-off queue</Heading>
      <p class="matrix-empty">
        Once you add tasks, the ones that keep the business running land here, the ones you are
        weakest at first. You can then set what an hour of your time is worth and a provider’s rate,
        and see the hours and money each handoff would free, and where your hours go.
      </p>
    </section>
  );
}
