// One step of the checklist: its control, whether it is done, its reason and its lesson.
import type { Handoff } from "../../lib/checklist/schema.ts";
import { ANSWER_MAX_LENGTH, rhythms, weekdays } from "../../lib/checklist/field-limits.ts";
import { isStepDone } from "../../lib/checklist/progress.ts";
import { rhythmLabels, weekdayLabels, type Step } from "../../lib/checklist/steps.ts";
import { setAnswer, setCheckIn, setRampUpDate, setTick } from "../../stores/checklists.ts";
import { LessonLink } from "./lesson-link.tsx";

interface Props {
  handoff: Handoff;
  step: Step;
}

function StatusBadge({ done, required }: { done: boolean; required: boolean }) {
  if (done) return <span class="pill step-badge done">Done</span>;
  return (
    <span class={`pill step-badge ${required ? "todo" : "optional"}`}>
      {required ? "To do" : "Optional"}
    </span>
  );
}

export function StepField({ handoff, step }: Props) {
  const fieldId = `step-${handoff.id}-${step.id}`;
  const hintId = `${fieldId}-hint`;
  const reasonId = `${fieldId}-reason`;
  const describedBy = [step.hint ? hintId : "", reasonId].filter(Boolean).join(" ");
  const done = isStepDone(handoff, step);

  const reason = (
    <p class="step-reason" id={reasonId}>
      <span class="visually-hidden">Why it matters: </span>
      {step.reason} <LessonLink slug={step.lesson} />
    </p>
  );
  const hint = step.hint ? (
    <p class="step-hint" id={hintId}>
      {step.hint}
    </p>
  ) : null;

  switch (step.kind) {
    case "text":
      return (
        <div class="step" data-step={step.id} data-done={done}>
          <div class="step-head">
            <label for={fieldId}>{step.label}</label>
            <StatusBadge done={done} required={step.required} />
          </div>
          {hint}
          <textarea
            id={fieldId}
            rows={3}
            maxLength={ANSWER_MAX_LENGTH}
            aria-describedby={describedBy}
            value={handoff.answers[step.field]}
            onInput={(event) => setAnswer(handoff.id, step.field, event.currentTarget.value)}
          />
          {reason}
        </div>
      );
    case "tick": {
      const notes = step.notes;
      return (
        <div class="step" data-step={step.id} data-done={done}>
          <div class="step-head">
            <span class="tick">
              <input
                type="checkbox"
                id={fieldId}
                aria-describedby={describedBy}
                checked={handoff.ticks[step.field]}
                onChange={(event) => setTick(handoff.id, step.field, event.currentTarget.checked)}
              />
              <label for={fieldId}>{step.label}</label>
            </span>
            <StatusBadge done={done} required={step.required} />
          </div>
          {hint}
          {reason}
          {notes && (
            <div class="step-notes">
              <label for={`${fieldId}-notes`}>{notes.label} (optional)</label>
              <textarea
                id={`${fieldId}-notes`}
                rows={2}
                maxLength={ANSWER_MAX_LENGTH}
                value={handoff.answers[notes.field]}
                onInput={(event) => setAnswer(handoff.id, notes.field, event.currentTarget.value)}
              />
            </div>
          )}
        </div>
      );
    }
    case "date":
      return (
        <div class="step" data-step={step.id} data-done={done}>
          <div class="step-head">
            <label for={fieldId}>{step.label}</label>
            <StatusBadge done={done} required={step.required} />
          </div>
          {hint}
          <input
            type="date"
            id={fieldId}
            aria-describedby={describedBy}
            value={handoff.rampUpDate}
            onChange={(event) => setRampUpDate(handoff.id, event.currentTarget.value)}
          />
          {reason}
        </div>
      );
    case "check-in":
      return (
        <fieldset class="step" data-step={step.id} data-done={done} aria-describedby={reasonId}>
          <legend class="step-head">
            <span>{step.label}</span>
            <StatusBadge done={done} required={step.required} />
          </legend>
          <div class="check-in">
            <CheckInChoice
              id={fieldId}
              label="How often"
              value={handoff.checkIn.rhythm}
              options={rhythms}
              labels={rhythmLabels}
              onChoose={(rhythm) => setCheckIn(handoff.id, { rhythm })}
            />
            <CheckInChoice
              id={`${fieldId}-day`}
              label="Which day"
              value={handoff.checkIn.day}
              options={weekdays}
              labels={weekdayLabels}
              onChoose={(day) => setCheckIn(handoff.id, { day })}
            />
            <div class="check-in-field">
              <label for={`${fieldId}-time`}>What time</label>
              <input
                id={`${fieldId}-time`}
                type="time"
                value={handoff.checkIn.time}
                onChange={(event) => setCheckIn(handoff.id, { time: event.currentTarget.value })}
              />
            </div>
          </div>
          {reason}
        </fieldset>
      );
  }
}

/** One labelled drop-down of the check-in; "Choose…" stands for no choice yet. */
function CheckInChoice<T extends string>(props: {
  id: string;
  label: string;
  value: T | "";
  options: readonly T[];
  labels: Record<T, string>;
  onChoose: (value: T | "") => void;
}) {
  return (
    <div class="check-in-field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(event) => props.onChoose(event.currentTarget.value as T | "")}
      >
        <option value="">Choose…</option>
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.labels[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
