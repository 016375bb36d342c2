// One open handoff: its name and actions, warnings, readiness, and the five sections of steps.
import { useEffect, useRef, useState } from "preact/hooks";
import type { Handoff } from "../../lib/checklist/schema.ts";
import { NAME_MAX_LENGTH } from "../../lib/checklist/field-limits.ts";
import { sections } from "../../lib/checklist/steps.ts";
import { missingItems, overallProgress, sectionProgress } from "../../lib/checklist/progress.ts";
import type { Warning } from "../../lib/checklist/warnings.ts";
import { deleteHandoff, renameHandoff, setArchived } from "../../stores/checklists.ts";
import { StepField } from "./StepField.tsx";
import { WarningList } from "./WarningList.tsx";
import { ReadinessPanel } from "./ReadinessPanel.tsx";

interface Props {
  handoff: Handoff;
  warnings: Warning[];
  needsLeaderDecision: boolean;
  /** Set when the heading should take focus (after the handoff is started or switched to). */
  focusKey: number;
  /** Opens the brief; rejects if its code could not be loaded. */
  onOpenBrief: () => Promise<void>;
  onAnnounce: (message: string) => void;
  onDeleted: () => void;
}

export function HandoffEditor({
  handoff,
  warnings,
  needsLeaderDecision,
  focusKey,
  onOpenBrief,
  onAnnounce,
  onDeleted,
}: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const renameButtonRef = useRef<HTMLButtonElement>(null);
  const renameInputRef = useRef<HTMLInputElement>(null);
  const [renaming, setRenaming] = useState(false);
  const [draftName, setDraftName] = useState(handoff.name);
  const [renameError, setRenameError] = useState("");

  useEffect(() => {
    if (focusKey > 0) headingRef.current?.focus();
  }, [focusKey]);

  useEffect(() => {
    if (renaming) renameInputRef.current?.focus();
  }, [renaming]);

  useEffect(() => {
    setRenaming(false);
    setRenameError("");
  }, [handoff.id]);

  const overall = overallProgress(handoff);
  const missing = missingItems(handoff, needsLeaderDecision);
  const blocked = needsLeaderDecision && !handoff.leaderJobConfirmed;
  const titleId = `handoff-title-${handoff.id}`;

  const saveName = (event: Event) => {
    event.preventDefault();
    if (!renameHandoff(handoff.id, draftName)) {
      setRenameError("Give the handoff a name: it cannot be empty.");
      return;
    }
    setRenaming(false);
    setRenameError("");
    onAnnounce("Renamed.");
    requestAnimationFrame(() => renameButtonRef.current?.focus());
  };

  return (
    <article class="handoff" aria-labelledby={titleId} data-handoff={handoff.id}>
      <header class="handoff-header">
        <p class="handoff-kicker">{handoff.archived ? "Archived handoff" : "Handoff"}</p>
        <h2 id={titleId} ref={headingRef} tabIndex={-1}>
          {handoff.name}
        </h2>
        <p class="handoff-progress" id={`${titleId}-progress`}>
          {overall.done} of {overall.total} steps done
          {missing.length === 0 ? " · ready" : ""}
        </p>
        <progress
          value={overall.done}
          max={overall.total}
          aria-labelledby={`${titleId}-progress`}
        />
        {renaming ? (
          <form class="rename-form no-print" onSubmit={saveName}>
            <label for={`${titleId}-rename`}>New name</label>
            <input
              id={`${titleId}-rename`}
              type="text"
              maxLength={NAME_MAX_LENGTH}
              value={draftName}
              aria-invalid={renameError !== ""}
              aria-describedby={renameError ? `${titleId}-rename-error` : undefined}
              onInput={(event) => setDraftName(event.currentTarget.value)}
              ref={renameInputRef}
            />
            <button type="submit" class="button primary">
              Save name
            </button>
            <button
              type="button"
              class="button"
              onClick={() => {
                setRenaming(false);
                setRenameError("");
                requestAnimationFrame(() => renameButtonRef.current?.focus());
              }}
            >
              Cancel
            </button>
            {renameError && (
              <p class="field-error" id={`${titleId}-rename-error`}>
                {renameError}
              </p>
            )}
          </form>
        ) : (
          <div class="handoff-actions no-print">
            <button
              type="button"
              class="button"
              ref={renameButtonRef}
              onClick={() => {
                setDraftName(handoff.name);
                setRenaming(true);
              }}
            >
              Rename
            </button>
            <button
              type="button"
              class="button"
              onClick={() => {
                setArchived(handoff.id, !handoff.archived);
                onAnnounce(
                  handoff.archived
                    ? `“${handoff.name}” is back in progress.`
                    : `“${handoff.name}” archived. It no longer counts as in progress.`,
                );
              }}
            >
              {handoff.archived ? "Bring back from the archive" : "Archive"}
            </button>
            <button
              type="button"
              class="button"
              onClick={() => {
                deleteHandoff(handoff.id);
                onDeleted();
              }}
            >
              Delete
            </button>
          </div>
        )}
      </header>

      <WarningList warnings={warnings} handoff={handoff} />

      {blocked ? (
        <p class="blocked-note">
          The checklist opens once you decide above. Until then nothing here changes.
        </p>
      ) : (
        <>
          <ReadinessPanel handoffId={handoff.id} missing={missing} onOpenBrief={onOpenBrief} />
          {sections.map((section, index) => {
            const progress = sectionProgress(handoff, section);
            const sectionId = `${titleId}-${section.id}`;
            return (
              <section class="checklist-section" aria-labelledby={sectionId}>
                <div class="section-head">
                  <h3 id={sectionId}>
                    {index + 1}. {section.title}
                  </h3>
                  <p class="section-progress">
                    {progress.done} of {progress.total} done
                  </p>
                </div>
                <p class="section-intro">{section.intro}</p>
                {section.steps.map((step) => (
                  <StepField handoff={handoff} step={step} />
                ))}
              </section>
            );
          })}
        </>
      )}
    </article>
  );
}
