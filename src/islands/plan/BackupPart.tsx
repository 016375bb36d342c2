// My plan: download a backup, restore one (preview, replace or merge, undo), and forget
// everything on this device after a confirmation and a last-chance download.
import { useRef, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { $lastImport, downloadBackup, forgetEverything, undoImport } from "../../stores/backup.ts";

type PreviewModule = typeof import("./RestorePreview.tsx");
type Loaded = import("./RestorePreview.tsx").Loaded;

function ForgetConfirm(props: { onDone: (message: string) => void }) {
  return (
    <div
      class="plan-confirm"
      role="group"
      aria-labelledby="forget-confirm-title"
      data-forget-confirm
    >
      <h3 id="forget-confirm-title" tabIndex={-1} ref={(heading) => heading?.focus()}>
        Forget everything on this device?
      </h3>
      <p>
        This deletes your lesson progress, task matrix, checklists, quiz results and theme choice
        from this browser. It cannot be undone. If you might want them back, download a backup
        first: you can restore it here at any time.
      </p>
      <div class="plan-actions">
        <button type="button" class="button primary" onClick={downloadBackup}>
          Download a backup first
        </button>
        <button
          type="button"
          class="button danger"
          onClick={() => {
            forgetEverything();
            props.onDone("Everything Handoff saved in this browser has been deleted.");
          }}
        >
          Yes, forget everything
        </button>
        <button type="button" class="button" onClick={() => props.onDone("Nothing was deleted.")}>
          Cancel
        </button>
      </div>
    </div>
  );
}

export function BackupPart() {
  const lastImport = useStore($lastImport);
  const [loaded, setLoaded] = useState<{ module: PreviewModule; file: Loaded } | null>(null);
  const [error, setError] = useState("");
  const [message, setMessage] = useState("");
  const [forgetting, setForgetting] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const choose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setMessage("");
    setError("");
    setLoaded(null);
    if (!file) return;
    // The checking and restoring code is only needed now, so it loads now.
    const [module, text] = await Promise.all([import("./RestorePreview.tsx"), file.text()]);
    const result = module.readBackupFile(text);
    if (result.ok) setLoaded({ module, file: { ...result, fileName: file.name } });
    else setError(result.message);
  };
  const done = (words: string) => {
    setLoaded(null);
    setForgetting(false);
    setMessage(words);
    if (fileInput.current) fileInput.current.value = "";
  };

  return (
    <section class="plan-part" aria-labelledby="plan-backup">
      <h2 id="plan-backup">Backups</h2>
      <p>
        Everything lives in this browser only. Download a backup to keep a copy, to move your work
        to another browser or device, or before you clear your browser’s data.
      </p>
      <div class="plan-actions">
        <button type="button" class="button primary" onClick={downloadBackup}>
          Download a backup
        </button>
      </div>

      <h3>Restore from a backup</h3>
      <p>
        <label for="restore-file">Choose a backup file (.json)</label>
        <br />
        <input
          id="restore-file"
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          onChange={choose}
          aria-describedby={error ? "restore-error" : undefined}
        />
      </p>
      {error && (
        <p id="restore-error" class="plan-error" role="alert">
          {error} Nothing was changed.
        </p>
      )}
      {loaded && <loaded.module.RestorePreview loaded={loaded.file} onDone={done} />}

      <div aria-live="polite">
        {message && <p class="plan-message">{message}</p>}
        {lastImport && (
          <p>
            <button
              type="button"
              class="button"
              onClick={() => {
                undoImport();
                setMessage("The restore was undone: everything is as it was before.");
              }}
            >
              Undo the restore
            </button>
          </p>
        )}
      </div>

      <h3>Forget everything</h3>
      {forgetting ? (
        <ForgetConfirm onDone={done} />
      ) : (
        <p>
          <button type="button" class="button" onClick={() => setForgetting(true)}>
            Forget everything on this device…
          </button>
        </p>
      )}
    </section>
  );
}
