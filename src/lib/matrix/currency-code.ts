// Whether a currency code is one the calculator accepts: an ISO 4217 code the browser can format.

/** The shape of an ISO 4217 code: three capital letters. */
export const currencyShape = /^[A-Z]{3}$/;

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
