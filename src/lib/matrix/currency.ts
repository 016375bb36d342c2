// The currency a reader most likely uses, from their locale, and whether a code is one we accept.
import countryToCurrency from "country-to-currency";

/** Used when the locale names no region we can map to a currency. */
export const fallbackCurrency = "USD";

/** The shape of an ISO 4217 code: three capital letters. */
const currencyShape = /^[A-Z]{3}$/;

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

let supported: Set<string> | undefined;

/**
 * Whether a code is an ISO 4217 currency the browser can format. Intl.supportedValuesOf lists
 * them where it exists; elsewhere a well-formed code that Intl.NumberFormat accepts will do.
 */
export function isCurrencyCode(code: string): boolean {
  if (!currencyShape.test(code)) return false;
  if (typeof Intl.supportedValuesOf === "function") {
    supported ??= new Set(Intl.supportedValuesOf("currency"));
    return supported.has(code);
  }
  try {
    new Intl.NumberFormat("en", { style: "currency", currency: code });
    return true;
  } catch {
    return false;
  }
}
