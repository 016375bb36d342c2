// Checks what a person typed into the calculator's settings form and turns it into settings only
// when every field is right, with a message beside each field that needs changing.
import { currencyOf } from "./currency.ts";
import { isCurrencyCode } from "./currency-code.ts";
import type { MatrixSettings } from "./schema.ts";
import { parseDecimal, rateError, type Checked, type FieldErrors } from "./validation.ts";

/** The settings form's fields as text; the oversight share is typed as a percentage. */
export interface SettingsDraft {
  hourlyValue: string;
  currency: string;
  workingDaysPerWeek: string;
  defaultProviderRate: string;
  oversightPercent: string;
}

export function settingsDraftOf(settings: MatrixSettings): SettingsDraft {
  return {
    hourlyValue: String(settings.hourlyValue),
    currency: currencyOf(settings),
    workingDaysPerWeek: String(settings.workingDaysPerWeek),
    defaultProviderRate: String(settings.defaultProviderRate),
    // Rounded so 0.1 * 100 shows as 10, not 10.000000000000002.
    oversightPercent: String(Math.round(settings.oversightShare * 10000) / 100),
  };
}

export function checkSettingsDraft(
  draft: SettingsDraft,
): Checked<MatrixSettings, keyof SettingsDraft> {
  const errors: FieldErrors<keyof SettingsDraft> = {};
  const value = rateError(draft.hourlyValue, true, "what an hour of your time is worth");
  if (value) errors.hourlyValue = value;
  const rate = rateError(draft.defaultProviderRate, true, "a provider's usual rate");
  if (rate) errors.defaultProviderRate = rate;
  const currency = draft.currency.trim().toUpperCase();
  if (!isCurrencyCode(currency))
    errors.currency = "Enter a three-letter currency code, such as USD, EUR or GBP.";
  const days = parseDecimal(draft.workingDaysPerWeek);
  if (days === undefined || Number.isNaN(days) || days < 1 || days > 7)
    errors.workingDaysPerWeek = "Working days per week must be between 1 and 7.";
  const percent = parseDecimal(draft.oversightPercent);
  if (percent === undefined || Number.isNaN(percent) || percent < 0 || percent > 100)
    errors.oversightPercent = "Oversight must be a percentage from 0 to 100.";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      hourlyValue: parseDecimal(draft.hourlyValue) ?? 0,
      currency,
      workingDaysPerWeek: days ?? 5,
      defaultProviderRate: parseDecimal(draft.defaultProviderRate) ?? 0,
      oversightShare: (percent ?? 0) / 100,
    },
  };
}
