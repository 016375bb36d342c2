// Says whether the handoff is ready, and if not, what is still missing, in checklist order.
import type { MissingItem } from "../../lib/checklist/progress.ts";
import { useCodeOnDemand } from "../use-loaded-code.ts";

interface Props {
  handoffId: string;
  missing: MissingItem[];
  /** Opens the brief; rejects if its code could not be loaded. */
  onOpenBrief: () => Promise<void>;
}

/** Up to this many missing steps are listed openly; more are folded into a disclosure. */
const SHOWN_OPEN = 5;

export function ReadinessPanel({ handoffId, missing, onOpenBrief }: Props) {
  // A failure is said next to the button, where the person is looking, and announced as an alert.
  const { withCode, unavailable } = useCodeOnDemand();
  if (missing.length === 0) {
    return (
      <div class="readiness ready" data-readiness="ready">
        <h3>Ready to hand off</h3>
        <p>Every required step is done. Your brief for the provider is ready.</p>
        <p>
          <button
            type="button"
            class="button primary"
            onClick={() => withCode(onOpenBrief, () => {})}
          >
            Open the handoff brief
          </button>
        </p>
        {unavailable && (
          <p class="field-error" role="alert">
            The brief could not be loaded. Your checklist is safe; check your connection and try
            again.
          </p>
        )}
      </div>
    );
  }
  const list = (
    <ol class="missing-list">
      {missing.map((item) => (
        <li>
          <a href={`#step-${handoffId}-${item.id}`}>
            {item.section}: {item.label}
          </a>
        </li>
      ))}
    </ol>
  );
  return (
    <div class="readiness" data-readiness="not-ready">
      <h3>Not ready yet</h3>
      <p>
        {missing.length === 1 ? "One thing is" : `${missing.length} things are`} still missing
        before you hand this off.
      </p>
      {/* A long list is folded away so the checklist stays in view; a short one is shown. */}
      {missing.length > SHOWN_OPEN && missing[0] ? (
        <>
          <p>
            Next:{" "}
            <a href={`#step-${handoffId}-${missing[0].id}`}>
              {missing[0].section}: {missing[0].label}
            </a>
          </p>
          <details class="missing-details">
            <summary>Show what is missing, in order</summary>
            {list}
          </details>
        </>
      ) : (
        list
      )}
    </div>
  );
}
