// Amounts and hours for the reader's locale, and never NaN or Infinity on screen.
import fc from "fast-check";
import { expect, test } from "vitest";
import { formatHours, formatMoney, notANumber } from "../../../src/lib/matrix/format.ts";

test("money is formatted in the chosen currency and locale, without cents", () => {
  expect(formatMoney(845, "USD", "en-US")).toBe("$845");
  expect(formatMoney(1257.4, "EUR", "de-DE")).toBe("1.257\u00a0€");
  expect(formatMoney(-120, "GBP", "en-GB")).toBe("-£120");
});

test("hours show at most one decimal", () => {
  expect(formatHours(13.000000000000002, "en-US")).toBe("13");
  expect(formatHours(1.3, "en-US")).toBe("1.3");
  expect(formatHours(21.66666, "de-DE")).toBe("21,7");
});

test("NaN and Infinity become a dash, never the words", () => {
  expect(formatMoney(Number.NaN, "USD", "en-US")).toBe(notANumber);
  expect(formatHours(Number.POSITIVE_INFINITY, "en-US")).toBe(notANumber);
});

test("no number at all formats as NaN or infinity", () => {
  fc.assert(
    fc.property(fc.double(), fc.constantFrom("USD", "JPY", "EUR"), (value, currency) => {
      for (const text of [formatMoney(value, currency, "en-US"), formatHours(value, "en-US")])
        expect(text).not.toMatch(/NaN|∞|Infinity/);
    }),
  );
});
