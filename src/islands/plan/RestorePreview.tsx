// My plan: the preview of a backup file before it is restored (replace or merge), loaded only
// when the person chooses a file, with the logic that checks and applies it.
import { useState } from "preact/hooks";
import type { DocumentChange, ImportMode } from "../../lib/storage/backup.ts";
import { applyImport, previewImport, readBackupFile } from "../../stores/restore.ts";

export { readBackupFile };

const actionWords: Record<DocumentChange["action"], string> = {
  add: "Comes in from the backup",
  replace: "Replaced by the backup’s copy",
  merge: "Combined with the backup’s copy",
  clear: "Emptied (the backup does not have it)",
  keep: "Kept as it is (the backup does not have it)",
  same: "No change",
};

export type Loaded = Extract<ReturnType<typeof readBackupFile>, { ok: true }> & {
  fileName: string;
};

export function dateWords(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? "an unknown date"
    : date.toLocaleString(undefined, { dateStyle: "long", timeStyle: "short" });
}

export function RestorePreview(props: { loaded: Loaded; onDone: (message: string) => void }) {
  const [mode, setMode] = useState<ImportMode>("replace");
  const changes = previewImport(props.loaded.documents, mode);
  const restore = () => {
    applyImport(changes, props.loaded.recovery);
    props.onDone(
      `Restored the backup from ${dateWords(props.loaded.exportedAt)}. You can undo this until you leave the page.`,
    );
  };
  return (
    <div class="plan-preview" data-restore-preview>
      <h3 tabIndex={-1} ref={(heading) => heading?.focus()}>
        Check what will change
      </h3>
      <p>
        “{props.loaded.fileName}” is a Handoff backup made on {dateWords(props.loaded.exportedAt)}.
      </p>
      <fieldset>
        <legend>How should it come in?</legend>
        <label>
          <input
            type="radio"
            name="restore-mode"
            value="replace"
            checked={mode === "replace"}
            onChange={() => setMode("replace")}
          />{" "}
          Replace: this device ends up exactly like the backup
        </label>
        <label>
          <input
            type="radio"
            name="restore-mode"
            value="merge"
            checked={mode === "merge"}
            onChange={() => setMode("merge")}
          />{" "}
          Merge: keep what is here, and add what the backup has
        </label>
      </fieldset>
      <div class="plan-table-wrap">
        <table class="data-table">
          <caption class="visually-hidden">What restoring this backup will change</caption>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">On this device now</th>
              <th scope="col">After restoring</th>
              <th scope="col">What happens</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.name} data-change={change.name} data-action={change.action}>
                <th scope="row">{change.label}</th>
                <td>{change.before}</td>
                <td>{change.after}</td>
                <td>{actionWords[change.action]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {props.loaded.skipped.length > 0 && (
        <div class="plan-skipped">
          <p>These parts of the file cannot be used and will be left out:</p>
          <ul>
            {props.loaded.skipped.map((skip) => (
              <li key={skip.name}>
                <strong>{skip.name}</strong>: {skip.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="plan-actions">
        <button type="button" class="button primary" onClick={restore}>
          Restore this backup
        </button>
        <button type="button" class="button" onClick={() => props.onDone("Nothing was changed.")}>
          Cancel
        </button>
      </div>
    </div>
  );
}
