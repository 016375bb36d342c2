// The pre-outsourcing checklist worksheet: the person's handoffs, the open one, and its brief.
import { useEffect, useRef, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { useHydrated } from "../use-hydrated.ts";
import {
  $checklists,
  $lastDeleted,
  openHandoff,
  startHandoff,
  startHandoffForTask,
  undoDelete,
} from "../../stores/checklists.ts";
import { $matrix } from "../../stores/matrix.ts";
import { activeHandoff } from "../../lib/checklist/handoffs.ts";
import { isReady } from "../../lib/checklist/progress.ts";
import { needsLeaderDecision, warningsFor } from "../../lib/checklist/warnings.ts";
import { readStartRequest, withoutStartParams } from "../../lib/checklist/start-link.ts";
import DataNotice from "../DataNotice.tsx";
import { HandoffList } from "./HandoffList.tsx";
import { HandoffEditor } from "./HandoffEditor.tsx";
import type { BriefView as BriefViewComponent } from "./BriefView.tsx";
import "./checklist.css";

export default function ChecklistApp() {
  const hydrated = useHydrated();
  const doc = useStore($checklists);
  const matrix = useStore($matrix);
  const lastDeleted = useStore($lastDeleted);
  const [view, setView] = useState<"checklist" | "brief">("checklist");
  // The brief (and the calendar code behind it) loads only when the person opens it.
  const [BriefView, setBriefView] = useState<typeof BriefViewComponent | undefined>(undefined);
  const [briefError, setBriefError] = useState(false);
  const [unknownTask, setUnknownTask] = useState(false);
  const [unknownHandoff, setUnknownHandoff] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [focusKey, setFocusKey] = useState(0);
  const nameInputRef = useRef<HTMLInputElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);

  // A link from the matrix (?task=) or with a name (?name=) starts or opens a handoff, once.
  useEffect(() => {
    const request = readStartRequest(window.location.search);
    if (request.taskId === undefined && request.name === undefined && request.openId === undefined)
      return;
    if (request.openId !== undefined) {
      if (!openHandoff(request.openId)) setUnknownHandoff(true);
    } else if (request.taskId !== undefined) {
      const task = $matrix.get().tasks.find((candidate) => candidate.id === request.taskId);
      if (task) startHandoffForTask(task.id, task.name);
      else setUnknownTask(true);
    } else if (request.name !== undefined) {
      startHandoff(request.name);
    }
    history.replaceState(history.state, "", withoutStartParams(window.location.href));
  }, []);

  useEffect(() => {
    if (unknownTask && hydrated) nameInputRef.current?.focus();
  }, [unknownTask, hydrated]);

  if (!hydrated) {
    return (
      <div class="checklist-app" aria-busy="true">
        <DataNotice />
        <p class="checklist-loading">Loading your handoffs…</p>
      </div>
    );
  }

  const tasks = matrix.tasks;
  const active = activeHandoff(doc);
  const ready = Object.fromEntries(
    doc.handoffs.map((handoff) => [
      handoff.id,
      isReady(handoff, needsLeaderDecision(handoff, tasks)),
    ]),
  );

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
    <div class="checklist-app" data-checklist-app>
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
      {briefError && (
        <div class="notice no-print" role="alert">
          <p>The brief could not be loaded. Check your connection and try again.</p>
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
      ) : (
        <div class="checklist-layout">
          <HandoffList
            handoffs={doc.handoffs}
            activeId={active?.id}
            ready={ready}
            nameInputRef={nameInputRef}
            onOpen={open}
            onStart={start}
          />
          {active ? (
            <HandoffEditor
              handoff={active}
              warnings={warningsFor(active, tasks, doc.handoffs)}
              needsLeaderDecision={needsLeaderDecision(active, tasks)}
              focusKey={focusKey}
              onOpenBrief={() => {
                setBriefError(false);
                import("./BriefView.tsx")
                  .then((module) => {
                    setBriefView(() => module.BriefView);
                    setView("brief");
                  })
                  .catch(() => setBriefError(true));
              }}
              onAnnounce={setAnnouncement}
              onDeleted={() => {
                setAnnouncement("Handoff deleted. You can undo this.");
                requestAnimationFrame(() => undoRef.current?.focus());
              }}
            />
          ) : (
            <div class="handoff-empty">
              <h2>Plan your first handoff</h2>
              <p>
                Name a task you want to hand off, or pick one from your task matrix with “Plan this
                handoff”. The checklist then walks you through what must be true first, and ends in
                a brief for your provider.
              </p>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
