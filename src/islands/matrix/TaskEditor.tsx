// The form that adds a task or edits one: every field labelled, messages beside each field,
// and a preview of where the task will land.
import { useEffect, useId, useRef, useState } from "preact/hooks";
import { cadenceLabels, leaderJobLabels, placementInfo } from "../../lib/matrix/labels.ts";
import { placementOf } from "../../lib/matrix/placement.ts";
import type { Task } from "../../lib/matrix/schema.ts";
import { cadences, leaderJobs } from "../../lib/matrix/task-options.ts";
import {
  checkTaskDraft,
  draftOf,
  type FieldErrors,
  type TaskDraft,
  type TaskFields,
} from "../../lib/matrix/validation.ts";
import { Field } from "./Field.tsx";

interface Props {
  /** The task being edited, or undefined to add a new one. */
  task: Task | undefined;
  /** Bumped by the parent to move focus into the form (after a chip is selected). */
  focusToken: number;
  heading: "h2" | "h3";
  onSave: (fields: TaskFields) => void;
  onCancel: () => void;
  onDuplicate: (id: string) => void;
  onDelete: (id: string) => void;
}

export function TaskEditor({
  task,
  focusToken,
  heading: Heading,
  onSave,
  onCancel,
  onDuplicate,
  onDelete,
}: Props) {
  const uid = useId();
  const [draft, setDraft] = useState<TaskDraft>(() => draftOf(task));
  const [errors, setErrors] = useState<FieldErrors<keyof TaskDraft>>({});
  const nameRef = useRef<HTMLInputElement>(null);

  // A different task selected (or a fresh add) resets the form to that task's fields.
  useEffect(() => {
    setDraft(draftOf(task));
    setErrors({});
  }, [task?.id]);

  useEffect(() => {
    if (focusToken > 0) nameRef.current?.focus();
  }, [focusToken]);

  const set = <K extends keyof TaskDraft>(key: K, value: TaskDraft[K]) =>
    setDraft((previous) => ({ ...previous, [key]: value }));
  const text = (key: keyof TaskDraft) => (event: Event) =>
    set(key, (event.currentTarget as HTMLInputElement).value);

  const submit = (event: Event) => {
    event.preventDefault();
    const checked = checkTaskDraft(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      const first = Object.keys(checked.errors)[0];
      if (first) document.getElementById(`${uid}-${first}`)?.focus();
      return;
    }
    setErrors({});
    onSave(checked.value);
    if (!task) setDraft(draftOf());
  };

  const leaderJob = (leaderJobs as readonly string[]).includes(draft.kind)
    ? (draft.kind as Task["leaderJob"])
    : undefined;
  const preview = placementOf({
    leaderJob,
    salesMarketing: draft.kind === "sales-marketing",
    impact: draft.impact,
    skill: draft.skill,
  });
  const fieldId = (key: keyof TaskDraft) => `${uid}-${key}`;

  const radios = <K extends "skill" | "feeling" | "impact">(
    key: K,
    legend: string,
    options: [TaskDraft[K], string][],
  ) => (
    <fieldset class="matrix-choice">
      <legend>{legend}</legend>
      {options.map(([value, label]) => (
        <label key={value}>
          <input
            type="radio"
            name={`${uid}-${key}`}
            value={value}
            checked={draft[key] === value}
            onChange={() => set(key, value)}
          />{" "}
          {label}
        </label>
      ))}
    </fieldset>
  );

  /** A decimal field, typed as text so a half-typed "0." is never rejected while typing. */
  const decimalField = (
    key: "hoursEach" | "providerRate" | "providerHoursEach",
    label: string,
    hint: string,
  ) => (
    <Field id={fieldId(key)} label={label} hint={hint} error={errors[key]}>
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode="decimal"
          autocomplete="off"
          value={draft[key]}
          onInput={text(key)}
        />
      )}
    </Field>
  );

  return (
    <form class="matrix-editor matrix-no-print" onSubmit={submit} noValidate>
      <Heading class="matrix-editor-title">{task ? <>Edit “{task.name}”</> : "Add a task"}</Heading>
      <div class="matrix-editor-grid">
        <Field id={fieldId("name")} label="Task" error={errors.name}>
          {(control) => (
            <input
              {...control}
              ref={nameRef}
              type="text"
              autocomplete="off"
              maxLength={200}
              value={draft.name}
              onInput={text("name")}
            />
          )}
        </Field>
        <Field id={fieldId("cadence")} label="How often" error={errors.cadence}>
          {(control) => (
            <select
              {...control}
              value={draft.cadence}
              onChange={(event) =>
                set("cadence", (event.currentTarget as HTMLSelectElement).value as Task["cadence"])
              }
            >
              {cadences.map((cadence) => (
                <option key={cadence} value={cadence}>
                  {cadenceLabels[cadence]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {decimalField(
          "hoursEach",
          "Your hours each time",
          "Decimals are fine: 0.25 is 15 minutes.",
        )}
        <Field id={fieldId("kind")} label="Kind of work">
          {(control) => (
            <select
              {...control}
              value={draft.kind}
              onChange={(event) =>
                set("kind", (event.currentTarget as HTMLSelectElement).value as TaskDraft["kind"])
              }
            >
              <option value="other">Other work</option>
              <option value="sales-marketing">Sales and marketing</option>
              <optgroup label="One of the leader's jobs">
                {leaderJobs.map((job) => (
                  <option key={job} value={job}>
                    {leaderJobLabels[job]}
                  </option>
                ))}
              </optgroup>
            </select>
          )}
        </Field>
      </div>
      <div class="matrix-editor-grid">
        {radios("skill", "Are you good at it?", [
          ["strength", "Strength"],
          ["weakness", "Weakness"],
        ])}
        {radios("feeling", "Do you enjoy it?", [
          ["like", "Like it"],
          ["dislike", "Dislike it"],
        ])}
        {radios("impact", "What does it do?", [
          ["grows", "Grows the business"],
          ["keeps-running", "Keeps it running"],
        ])}
      </div>
      <details
        class="matrix-provider"
        open={Boolean(draft.providerRate || draft.providerHoursEach)}
      >
        <summary>Provider's rate and hours (optional)</summary>
        <div class="matrix-editor-grid">
          {decimalField(
            "providerRate",
            "Provider's hourly rate",
            "Leave empty to use your default provider rate.",
          )}
          {decimalField(
            "providerHoursEach",
            "Provider's hours each time",
            "Leave empty if they would take as long as you.",
          )}
        </div>
      </details>
      <p class="matrix-preview">
        Lands in: <strong>{placementInfo[preview].title}</strong>
      </p>
      <div class="matrix-actions">
        <button type="submit" class="button primary">
          {task ? "Save changes" : "Add task"}
        </button>
        {task && (
          <>
            <button type="button" class="button" onClick={() => onDuplicate(task.id)}>
              Duplicate
            </button>
            <button type="button" class="button" onClick={() => onDelete(task.id)}>
              Delete
            </button>
            <button type="button" class="button" onClick={onCancel}>
              Cancel
            </button>
          </>
        )}
      </div>
    </form>
  );
}
