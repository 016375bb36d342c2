// The calculator's settings. Each change is saved as soon as every field is valid; until then
// the typed text stays in the form with a message beside the field that needs fixing.
import { useId, useState } from "preact/hooks";
import type { MatrixSettings } from "../../lib/matrix/schema.ts";
import {
  checkSettingsDraft,
  settingsDraftOf,
  type SettingsDraft,
} from "../../lib/matrix/settings-validation.ts";
import type { FieldErrors } from "../../lib/matrix/validation.ts";
import { Field } from "./Field.tsx";

interface Props {
  settings: MatrixSettings;
  heading: "h2" | "h3";
  onChange: (settings: MatrixSettings) => void;
}

const fields: {
  key: keyof SettingsDraft;
  label: string;
  hint?: string;
  mode: "decimal" | "text";
}[] = [
  { key: "hourlyValue", label: "What an hour of your time is worth", mode: "decimal" },
  {
    key: "currency",
    label: "Currency",
    hint: "Three-letter code, such as USD, EUR or GBP.",
    mode: "text",
  },
  { key: "workingDaysPerWeek", label: "Working days a week", mode: "decimal" },
  { key: "defaultProviderRate", label: "A provider's usual hourly rate", mode: "decimal" },
  {
    key: "oversightPercent",
    label: "Time you will spend overseeing (%)",
    hint: "Share of the freed hours spent briefing and checking.",
    mode: "decimal",
  },
];

export function SettingsForm({ settings, heading: Heading, onChange }: Props) {
  const uid = useId();
  const [draft, setDraft] = useState(() => settingsDraftOf(settings));
  const [errors, setErrors] = useState<FieldErrors<keyof SettingsDraft>>({});

  const update = (key: keyof SettingsDraft, value: string) => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    const checked = checkSettingsDraft(next);
    if (checked.ok) {
      setErrors({});
      onChange(checked.value);
    } else {
      setErrors(checked.errors);
    }
  };

  return (
    <section class="matrix-settings matrix-no-print" aria-labelledby={`${uid}-title`}>
      <Heading id={`${uid}-title`}>Your figures</Heading>
      <div class="matrix-editor-grid">
        {fields.map(({ key, label, hint, mode }) => (
          <Field key={key} id={`${uid}-${key}`} label={label} hint={hint} error={errors[key]}>
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode={mode}
                autocomplete="off"
                value={draft[key]}
                onInput={(event) => update(key, (event.currentTarget as HTMLInputElement).value)}
              />
            )}
          </Field>
        ))}
      </div>
    </section>
  );
}
