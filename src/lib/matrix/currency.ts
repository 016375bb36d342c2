// The currency amounts are shown in: the one the person chose, or else the one their locale
// most likely uses. Only the calculator needs it, so the region table loads with the calculator.
import countryToCurrency from "country-to-currency";
import type { MatrixSettings } from "./schema.ts";
import { currencyShape } from "./currency-code.ts";

/** Used when the locale names no region we can map to a currency. */
export const fallbackCurrency = "USD";

/**
 * The currency of the locale's region: "de-CH" gives CHF, "fr" (France once maximised) EUR.
 * Intl.Locale fills in the likely region when the locale names only a language.
 */
export function currencyForLocale(locale: string | undefined): string {
  try {
    const named = new Intl.Locale(locale ?? "en-US");
    // Filling in a region loads the engine's likely-subtags data (20 ms on a desktop), so it
    // is done only for a locale that names no region of its own.
    const region = named.region ?? named.maximize().region;
    const code = region ? (countryToCurrency as Record<string, string>)[region] : undefined;
    // A unit test checks every code in the region table against the engine's currencies, so a
    // page load does not ask the browser for its whole list (10 ms on a desktop) just for this.
    return code !== undefined && currencyShape.test(code) ? code : fallbackCurrency;
  } catch {
    return fallbackCurrency;
  }
}

/**
 * The reader's own locale: the browser's language setting (Node has it too). Not asked of an
 * Intl date or number format, whose first use loads locale data (20 ms on a desktop, four times
 * that on a phone) in the way of the page's first render.
 */
const readerLocale = () => globalThis.navigator?.language;

/**
 * The currency every amount is shown in. Until the person saves their figures the settings name
 * none, and the reader's locale decides; saving the figures writes the shown code down, so the
 * amounts they typed keep their currency on another machine.
 */
export function currencyOf(settings: MatrixSettings): string {
  return settings.currency ?? currencyForLocale(readerLocale());
}
