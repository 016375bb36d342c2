// The words and buttons of the saved-data notices; DataNotice loads this only when there is
// something to say, so worksheets where all is well do not carry it.
import { useState } from "preact/hooks";
import { downloadFile } from "./download-file.ts";
import { useCodeOnDemand } from "./use-loaded-code.ts";
import type { StorageHealth } from "../stores/storage-engine.ts";
import { discardProblem, recoveryText, type DataProblem } from "../stores/persisted-document.ts";

const whatHappened: Record<DataProblem["problem"], (label: string) => string> = {
  unreadable: (label) =>
    `Your saved ${label} could not be read: the text stored in this browser is damaged.`,
  invalid: (label) =>
    `Your saved ${label} is not in a shape this page understands, so it could not be used.`,
  "newer-version": (label) =>
    `Your saved ${label} was made by a newer version of Handoff than this page. Reloading the page may bring the newer version.`,
};

export function ProblemNotice({ problem }: { problem: DataProblem }) {
  const [confirming, setConfirming] = useState(false);
  const download = () =>
    downloadFile(`handoff-${problem.name}-saved-text.txt`, recoveryText(problem), "text/plain");
  return (
    <div class="data-notice" data-problem={problem.name}>
      <p>
        <strong>{whatHappened[problem.problem](problem.label)}</strong>
      </p>
      <p>
        This page started you with an empty {problem.label}. The original text is kept on this
        device until you decide what to do with it: download it, then discard it when you no longer
        need it.
      </p>
      {!problem.recoverySaved && (
        <p>
          This browser could not make a safety copy, so changes to your {problem.label} stay in this
          tab only until you download or discard the old text.
        </p>
      )}
      <details>
        <summary>Technical details</summary>
        <p class="data-notice-detail">{problem.detail}</p>
      </details>
      {confirming ? (
        <div class="data-notice-actions" role="group" aria-label="Discard the saved text?">
          <p>Discard the saved text for good? This cannot be undone.</p>
          <button type="button" class="button" onClick={() => discardProblem(problem.name)}>
            Yes, discard it
          </button>
          <button type="button" class="button primary" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <div class="data-notice-actions">
          <button type="button" class="button primary" onClick={download}>
            Download the saved text
          </button>
          <button type="button" class="button" onClick={() => setConfirming(true)}>
            Discard the saved text…
          </button>
        </div>
      )}
    </div>
  );
}

const healthWords: Record<Exclude<StorageHealth, "ok">, string> = {
  blocked:
    "This browser is not letting Handoff save anything (private windows and some privacy settings do this). Everything still works, but your changes will be gone when you close this tab.",
  full: "This browser's storage for this site is full, so your latest changes could not be saved. They are safe in this tab for now, but will be gone when you close it.",
};

export function HealthNotice({ health }: { health: Exclude<StorageHealth, "ok"> }) {
  const { withCode, unavailable } = useCodeOnDemand();
  const downloadBackup = () =>
    withCode(
      () => import("../stores/backup.ts"),
      (code) => code.downloadBackup(),
    );
  return (
    <div class="data-notice" data-storage-health={health}>
      <p>
        <strong>Your changes will not be kept after this tab closes.</strong>
      </p>
      <p>
        {healthWords[health]} To keep them, download a backup and restore it later from My plan.
      </p>
      <div class="data-notice-actions">
        <button type="button" class="button primary" onClick={downloadBackup}>
          Download a backup
        </button>
        {unavailable && (
          <p role="alert">
            <strong>
              The backup could not be made: part of this page did not load. Your changes are still
              in this tab; check your connection and try again.
            </strong>
          </p>
        )}
      </div>
    </div>
  );
}
