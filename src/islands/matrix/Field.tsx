// A labelled form field with its hint and its validation message right next to it.
import type { ComponentChildren } from "preact";

interface Props {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Renders the control, given the attributes that tie it to its label, hint and message. */
  children: (control: {
    id: string;
    "aria-invalid": "true" | undefined;
    "aria-describedby": string | undefined;
  }) => ComponentChildren;
}

export function Field({ id, label, hint, error, children }: Props) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  return (
    <div class={`matrix-field${error ? " has-error" : ""}`}>
      <label for={id}>{label}</label>
      {hint && (
        <span class="matrix-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {children({
        id,
        "aria-invalid": error ? "true" : undefined,
        "aria-describedby": described || undefined,
      })}
      {error && (
        <span class="matrix-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}
