// My plan: the confirmation before forgetting everything, with a last-chance download. Loaded
// when the person asks to forget, since most visits never do.
import { downloadBackup, forgetEverything } from "../../stores/backup.ts";

export function ForgetConfirm(props: { onDone: (message: string) => void }) {
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
