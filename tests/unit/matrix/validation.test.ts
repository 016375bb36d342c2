// The task and settings forms: messages beside each field, and values only when all is right.
import { expect, test } from "vitest";
import countryToCurrency from "country-to-currency";
import { currencyForLocale, currencyOf } from "../../../src/lib/matrix/currency.ts";
import { isCurrencyCode } from "../../../src/lib/matrix/currency-code.ts";
import {
  checkSettingsDraft,
  settingsDraftOf,
} from "../../../src/lib/matrix/settings-validation.ts";
import {
  checkTaskDraft,
  draftOf,
  parseDecimal,
  type TaskDraft,
} from "../../../src/lib/matrix/validation.ts";
import { workedExampleSettings } from "../../support/matrix-fixtures.ts";

const draft = (fields: Partial<TaskDraft>): TaskDraft => ({
  ...draftOf(),
  name: "Bookkeeping",
  hoursEach: "2",
  ...fields,
});

test("a complete draft becomes a task, with decimals typed either way", () => {
  const checked = checkTaskDraft(
    draft({ hoursEach: "0,25", providerRate: "37.5", kind: "team-training" }),
  );
  expect(checked).toEqual({
    ok: true,
    value: {
      name: "Bookkeeping",
      cadence: "weekly",
      hoursEach: 0.25,
      skill: "strength",
      feeling: "like",
      impact: "keeps-running",
      salesMarketing: false,
      leaderJob: "team-training",
      providerRate: 37.5,
    },
  });
});

test("a missing name and hours get their own messages", () => {
  const checked = checkTaskDraft(draft({ name: "   ", hoursEach: "" }));
  expect(checked).toEqual({
    ok: false,
    errors: { name: "Give the task a name.", hoursEach: "Enter the hours it takes each time." },
  });
});

test("hours must be more than 0 and at most 24 for a daily task", () => {
  for (const hoursEach of ["0", "25", "-1"]) {
    const checked = checkTaskDraft(draft({ cadence: "daily", hoursEach }));
    expect(checked.ok ? "" : checked.errors.hoursEach).toBe(
      "Hours must be more than 0 and at most 24 for a daily task.",
    );
  }
  expect(checkTaskDraft(draft({ cadence: "daily", hoursEach: "24" })).ok).toBe(true);
  expect(checkTaskDraft(draft({ cadence: "weekly", hoursEach: "25" })).ok).toBe(true);
});

test("text where a number belongs, and over-long names, are explained", () => {
  const checked = checkTaskDraft(
    draft({ name: "x".repeat(121), hoursEach: "two", providerRate: "1e3" }),
  );
  expect(checked.ok).toBe(false);
  if (checked.ok) return;
  expect(checked.errors.name).toMatch(/120 characters/);
  expect(checked.errors.hoursEach).toMatch(/as a number/);
  expect(checked.errors.providerRate).toMatch(/as a number/);
});

test("a task's draft round-trips", () => {
  const checked = checkTaskDraft(draft({ kind: "sales-marketing", providerHoursEach: "1" }));
  if (!checked.ok) throw new Error("expected a valid draft");
  expect(checkTaskDraft(draftOf(checked.value))).toEqual(checked);
});

test("parseDecimal reads empty text as nothing and junk as NaN", () => {
  expect(parseDecimal("  ")).toBeUndefined();
  expect(parseDecimal("1.5")).toBe(1.5);
  expect(parseDecimal(".5")).toBe(0.5);
  expect(parseDecimal("Infinity")).toBeNaN();
});

const settings = workedExampleSettings;

test("settings show the oversight share as a percentage and read it back", () => {
  const text = settingsDraftOf(settings);
  expect(text.oversightPercent).toBe("10");
  expect(checkSettingsDraft(text)).toEqual({ ok: true, value: settings });
});

test("any ISO 4217 code is accepted, in any case; anything else is explained", () => {
  for (const code of ["jpy", "CHF", "XOF", "BHD"]) {
    const checked = checkSettingsDraft({ ...settingsDraftOf(settings), currency: code });
    expect(checked.ok && checked.value.currency).toBe(code.toUpperCase());
  }
  const bad = checkSettingsDraft({
    ...settingsDraftOf(settings),
    currency: "Euro",
    workingDaysPerWeek: "8",
  });
  expect(bad.ok).toBe(false);
  if (bad.ok) return;
  expect(bad.errors.currency).toMatch(/three-letter/);
  expect(bad.errors.workingDaysPerWeek).toMatch(/between 1 and 7/);
});

test("settings that name no currency show the locale's, and saving them writes it down", () => {
  const { currency, ...unnamed } = settings;
  expect(currency).toBe("USD");
  const locale = currencyForLocale(navigator.language);
  expect(currencyOf(unnamed)).toBe(locale);
  expect(currencyOf({ ...unnamed, currency: "JPY" })).toBe("JPY");
  const text = settingsDraftOf(unnamed);
  expect(text.currency).toBe(locale);
  expect(checkSettingsDraft({ ...text, hourlyValue: "80" })).toEqual({
    ok: true,
    value: { ...unnamed, hourlyValue: 80, currency: locale },
  });
});

test("every currency the region table can give is one the engine knows", () => {
  const codes = new Set(Object.values(countryToCurrency as Record<string, string>));
  expect(codes.size).toBeGreaterThan(100);
  for (const code of codes) expect([code, isCurrencyCode(code)]).toEqual([code, true]);
});

test("the default currency follows the locale's region", () => {
  expect(currencyForLocale("en-US")).toBe("USD");
  expect(currencyForLocale("de-CH")).toBe("CHF");
  expect(currencyForLocale("en-GB")).toBe("GBP");
  expect(currencyForLocale("ja")).toBe("JPY");
  expect(currencyForLocale("fr")).toBe("EUR");
  expect(currencyForLocale("not a locale")).toBe("USD");
  expect(isCurrencyCode("ABC")).toBe(false);
});
