// The pre-outsourcing checklist worksheet: the person's handoffs, the open one, and its brief.
import { useEffect, useRef, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { useHydrated } from "../use-hydrated.ts";
import { useLoadedCode } from "../use-loaded-code.ts";
import {
  $checklists,
  $lastDeleted,
  openHandoff,
  startHandoff,
  startHandoffForTask,
  undoDelete,
} from "../../stores/checklists.ts";
import { checklistsDocument } from "../../lib/checklist/document.ts";
import { activeHandoff } from "../../lib/checklist/handoffs.ts";
import { loadOnce } from "../../lib/load-once.ts";
import { hasSavedText } from "../../stores/persisted-document.ts";
import { readStartRequest, withoutStartParams } from "../../lib/checklist/start-link.ts";
import DataNotice from "../DataNotice.tsx";
import { dropFirstVisitHtml } from "../first-visit-html.ts";
import { WorksheetRoot } from "../WorksheetRoot.tsx";
import { FirstHandoffInvitation } from "./FirstHandoffInvitation.tsx";
import { HandoffList } from "./HandoffList.tsx";
import "./checklist.css";

/**
 * The list's progress, the steps and the warnings load once there is a handoff to show, so a
 * first visit carries only the start form. Focusing that form starts the download early. Saved
 * handoffs need it before the checklist is drawn, so it then loads with the page (the await
 * below) and is kept, and the saved handoffs appear in one step.
 */
const workspace = loadOnce(() =>
  import("./HandoffWorkspace.tsx").then((module) => module.HandoffWorkspace),
);

/** The brief (and the calendar code behind it) loads only when the person opens it. */
const briefView = loadOnce(() => import("./BriefView.tsx").then((module) => module.BriefView));

/**
 * A link from the matrix (?task=) names one of its tasks. The matrix's store then loads with the
 * page, so the handoff for that task is the first one drawn, with no other shown before it.
 */
const linkedMatrix =
  typeof location !== "undefined" && readStartRequest(location.search).taskId !== undefined
    ? await import("../../stores/matrix.ts").catch(() => undefined)
    : undefined;

type LinkOutcome = "none" | "followed" | "unknown-task" | "unknown-handoff";

/**
 * Follows a link that starts or opens a handoff (?task=, ?name=, ?open=) once, before the first
 * render, so the handoff it names is the first one drawn, and cleans it from the address.
 */
function followStartLink(): LinkOutcome {
  const request = readStartRequest(location.search);
  let outcome: LinkOutcome = "followed";
  if (request.openId !== undefined) {
    if (!openHandoff(request.openId)) outcome = "unknown-handoff";
  } else if (request.taskId !== undefined) {
    const task = linkedMatrix?.$matrix
      .get()
      .tasks.find((candidate) => candidate.id === request.taskId);
    if (task) startHandoffForTask(task.id, task.name);
    else outcome = "unknown-task";
  } else if (request.name !== undefined) {
    startHandoff(request.name);
  } else {
    return "none";
  }
  history.replaceState(history.state, "", withoutStartParams(location.href));
  return outcome;
}
const linkOutcome: LinkOutcome = typeof location === "undefined" ? "none" : followStartLink();

// If it cannot load now, the checklist still draws and says so.
if (hasSavedText(checklistsDocument.name) || linkOutcome === "followed")
  await workspace.load().catch(() => {});

// The build's HTML is the start form with no handoffs; saved handoffs, or what a link asked for,
// are drawn in its place.
const documents = [checklistsDocument.name];
dropFirstVisitHtml(documents, linkOutcome !== "none");

/** The build renders it as a first visit sees it: the start form and what a handoff holds. */
export default function ChecklistApp() {
  const doc = useStore($checklists);
  const lastDeleted = useStore($lastDeleted);
  const [view, setView] = useState<"checklist" | "brief">("checklist");
  const BriefView = briefView.loaded();
  const [unknownTask, setUnknownTask] = useState(linkOutcome === "unknown-task");
  const unknownHandoff = linkOutcome === "unknown-handoff";
  const [announcement, setAnnouncement] = useState("");
  const [focusKey, setFocusKey] = useState(0);
  const nameInputRef = useRef<HTMLInputElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);

  // The form can take focus once its fieldset is enabled, when the island has hydrated.
  const hydrated = useHydrated();
  useEffect(() => {
    if (unknownTask && hydrated) nameInputRef.current?.focus();
  }, [unknownTask, hydrated]);

  const hasHandoffs = doc.handoffs.length > 0;
  const {
    loaded: Workspace,
    failed: workspaceError,
    prepare: prepareWorkspace,
  } = useLoadedCode(workspace, hasHandoffs);

  if (workspaceError) {
    return (
      <div class="checklist-app">
        <DataNotice />
        <div class="notice" role="alert">
          <p>
            Your handoffs could not be shown: part of this page did not load. They are still saved
            in this browser. Check your connection and reload the page.
          </p>
        </div>
      </div>
    );
  }

  if (hasHandoffs && !Workspace) {
    return (
      <div class="checklist-app" aria-busy="true">
        <DataNotice />
        <p class="checklist-loading">Loading your handoffs…</p>
      </div>
    );
  }

  const active = activeHandoff(doc);

  const open = (id: string) => {
    openHandoff(id);
    setView("checklist");
    setFocusKey((key) => key + 1);
  };

  const start = (name: string) => {
    const id = startHandoff(name);
    if (id === undefined) return false;
    setUnknownTask(false);
    setView("checklist");
    setAnnouncement(`Started a handoff: ${name.trim()}.`);
    setFocusKey((key) => key + 1);
    return true;
  };

  return (
    <WorksheetRoot class="checklist-app" data-checklist-app documents={documents}>
      <DataNotice />
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {unknownTask && (
        <div class="notice no-print" role="alert" data-unknown-task>
          <p>
            <strong>That task is not in your task matrix.</strong> It may have been deleted, or the
            link was made in another browser, which keeps its own matrix. You can start the handoff
            by name instead, just below.
          </p>
        </div>
      )}
      {unknownHandoff && (
        <div class="notice no-print" role="alert" data-unknown-handoff>
          <p>
            <strong>That handoff is not saved in this browser.</strong> It may have been deleted, or
            the link came from another browser, which keeps its own checklists. Your saved handoffs
            are listed below.
          </p>
        </div>
      )}
      {lastDeleted && (
        <div class="notice undo-bar no-print" data-undo-bar>
          <p>
            Deleted “{lastDeleted.handoff.name}”.{" "}
            <button
              type="button"
              class="button"
              ref={undoRef}
              onClick={() => {
                const name = lastDeleted.handoff.name;
                const id = lastDeleted.handoff.id;
                undoDelete();
                openHandoff(id);
                setAnnouncement(`Brought back “${name}”.`);
                setFocusKey((key) => key + 1);
              }}
            >
              Undo
            </button>
          </p>
        </div>
      )}
      {view === "brief" && active && BriefView ? (
        <BriefView
          handoff={active}
          onClose={() => {
            setView("checklist");
            setFocusKey((key) => key + 1);
          }}
        />
      ) : hasHandoffs && Workspace ? (
        <Workspace
          doc={doc}
          focusKey={focusKey}
          nameInputRef={nameInputRef}
          onOpen={open}
          onStart={start}
          onOpenBrief={() => briefView.load().then(() => setView("brief"))}
          onAnnounce={setAnnouncement}
          onDeleted={() => {
            setAnnouncement("Handoff deleted. You can undo this.");
            requestAnimationFrame(() => undoRef.current?.focus());
          }}
        />
      ) : (
        <div class="checklist-layout">
          <HandoffList
            handoffs={[]}
            activeId={undefined}
            statuses={{}}
            nameInputRef={nameInputRef}
            onOpen={open}
            onStart={start}
            onStartIntent={prepareWorkspace}
          />
          <FirstHandoffInvitation />
        </div>
      )}
    </WorksheetRoot>
  );
}
