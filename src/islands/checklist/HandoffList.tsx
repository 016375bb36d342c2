// The person's handoffs: switch between them, start one by name, and reach the archived ones.
import type { Ref } from "preact";
import { useState } from "preact/hooks";
import type { Handoff } from "../../lib/checklist/schema.ts";
import { NAME_MAX_LENGTH } from "../../lib/checklist/field-limits.ts";

interface Props {
  handoffs: Handoff[];
  activeId: string | undefined;
  /** Each handoff's status, by id: "Ready" or how many steps are done. */
  statuses: Record<string, string>;
  nameInputRef: Ref<HTMLInputElement>;
  onOpen: (id: string) => void;
  onStart: (name: string) => boolean;
  /** Called when the person turns to the start form, so what a new handoff needs can load. */
  onStartIntent?: () => void;
}

function HandoffButton({
  handoff,
  active,
  status,
  onOpen,
}: {
  handoff: Handoff;
  active: boolean;
  status: string;
  onOpen: (id: string) => void;
}) {
  return (
    <li>
      <button
        type="button"
        class="handoff-choice"
        aria-current={active ? "true" : undefined}
        onClick={() => onOpen(handoff.id)}
      >
        <span class="handoff-choice-name">{handoff.name}</span>
        <span class="handoff-choice-status">{status}</span>
      </button>
    </li>
  );
}

export function HandoffList({
  handoffs,
  activeId,
  statuses,
  nameInputRef,
  onOpen,
  onStart,
  onStartIntent,
}: Props) {
  const [name, setName] = useState("");
  const [error, setError] = useState("");
  const current = handoffs.filter((handoff) => !handoff.archived);
  const archived = handoffs.filter((handoff) => handoff.archived);

  const submit = (event: Event) => {
    event.preventDefault();
    if (onStart(name)) {
      setName("");
      setError("");
    } else {
      setError("Type what you want to hand off, for example “Bookkeeping”.");
    }
  };

  const choices = (list: readonly Handoff[]) => (
    <ul class="handoff-choices">
      {list.map((handoff) => (
        <HandoffButton
          key={handoff.id}
          handoff={handoff}
          active={handoff.id === activeId}
          status={statuses[handoff.id] ?? ""}
          onOpen={onOpen}
        />
      ))}
    </ul>
  );

  return (
    <section class="handoff-list no-print" aria-labelledby="handoff-list-title">
      <h2 id="handoff-list-title">Your handoffs</h2>
      {current.length === 0 ? (
        <p>No handoff in progress yet. Start one below, or from your task matrix.</p>
      ) : (
        choices(current)
      )}
      <form class="start-form" onSubmit={submit} noValidate>
        <label for="start-handoff-name">What do you want to hand off?</label>
        <div class="start-row">
          <input
            id="start-handoff-name"
            ref={nameInputRef}
            type="text"
            maxLength={NAME_MAX_LENGTH}
            value={name}
            aria-invalid={error !== ""}
            aria-describedby={error ? "start-handoff-error" : undefined}
            onInput={(event) => setName(event.currentTarget.value)}
            onFocus={onStartIntent}
          />
          <button type="submit" class="button primary">
            Start a handoff
          </button>
        </div>
        {error && (
          <p class="field-error" id="start-handoff-error">
            {error}
          </p>
        )}
      </form>
      {archived.length > 0 && (
        <details class="archived">
          <summary>Archived ({archived.length})</summary>
          {choices(archived)}
        </details>
      )}
    </section>
  );
}
