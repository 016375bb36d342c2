// My plan: download a backup, restore one (preview, replace or merge, undo), and forget
// everything on this device after a confirmation and a last-chance download.
import { useRef, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { $lastImport } from "../../stores/last-import.ts";
import { useCodeOnDemand } from "../use-loaded-code.ts";
import { useHydrated } from "../use-hydrated.ts";
import "./plan.css";

// The backup code loads when the person first uses it: most visits only look at the summary.
const backupCode = () => import("../../stores/backup.ts");

type PreviewModule = typeof import("./RestorePreview.tsx");
type ForgetModule = typeof import("./ForgetConfirm.tsx");
type Loaded = import("./RestorePreview.tsx").Loaded;

export default function BackupPart() {
  const hydrated = useHydrated();
  const lastImport = useStore($lastImport);
  const [loaded, setLoaded] = useState<{ module: PreviewModule; file: Loaded } | null>(null);
  const [error, setError] = useState("");
  const [message, setMessage] = useState("");
  const [forgetting, setForgetting] = useState<ForgetModule | null>(null);
  const { withCode, unavailable } = useCodeOnDemand();
  const fileInput = useRef<HTMLInputElement>(null);

  const choose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setMessage("");
    setError("");
    setLoaded(null);
    if (!file) return;
    // The checking and restoring code is only needed now, so it loads now.
    const text = await file.text();
    withCode(
      () => import("./RestorePreview.tsx"),
      (module) => {
        const result = module.readBackupFile(text);
        if (result.ok) setLoaded({ module, file: { ...result, fileName: file.name } });
        else setError(result.message);
      },
    );
  };
  const done = (words: string) => {
    setLoaded(null);
    setForgetting(null);
    setMessage(words);
    if (fileInput.current) fileInput.current.value = "";
  };

  return (
    <section
      class="plan-part"
      aria-labelledby="plan-backup"
      data-plan-ready={hydrated ? "" : undefined}
    >
      <h2 id="plan-backup">Backups</h2>
      <p>
        Everything lives in this browser only. Download a backup to keep a copy, to move your work
        to another browser or device, or before you clear your browser’s data.
      </p>
      <div class="plan-actions">
        <button
          type="button"
          class="button primary"
          onClick={() => withCode(backupCode, (code) => code.downloadBackup())}
        >
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
        {unavailable && (
          <p class="plan-error" role="alert" data-backup-unavailable>
            That part of the page did not load, so nothing was changed. Check your connection and
            try again.
          </p>
        )}
        {message && <p class="plan-message">{message}</p>}
        {lastImport && (
          <p>
            <button
              type="button"
              class="button"
              onClick={() =>
                withCode(backupCode, (code) => {
                  code.undoImport();
                  setMessage("The restore was undone: everything is as it was before.");
                })
              }
            >
              Undo the restore
            </button>
          </p>
        )}
      </div>

      <h3>Forget everything</h3>
      {forgetting ? (
        <forgetting.ForgetConfirm onDone={done} />
      ) : (
        <p>
          <button
            type="button"
            class="button"
            onClick={() => withCode(() => import("./ForgetConfirm.tsx"), setForgetting)}
          >
            Forget everything on this device…
          </button>
        </p>
      )}
    </section>
  );
}
