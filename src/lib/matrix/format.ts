// Formats hours and money for the reader's locale; anything that is not a finite number shows
// as a dash, so NaN or Infinity can never reach the screen.
const formatters = new Map<string, Intl.NumberFormat>();

/** Formatters are costly to build and a big matrix formats thousands of numbers, so reuse them. */
function formatter(
  locale: string | undefined,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  const key = `${locale ?? ""}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}

/** What is shown in place of a number that cannot be shown. */
export const notANumber = "–";

export function formatMoney(value: number, currency: string, locale?: string): string {
  if (!Number.isFinite(value)) return notANumber;
  try {
    return formatter(locale, { style: "currency", currency, maximumFractionDigits: 0 }).format(
      value,
    );
  } catch {
    // A code the browser does not know still gets a readable amount rather than an error.
    return `${formatter(locale, { maximumFractionDigits: 0 }).format(value)} ${currency}`;
  }
}

export function formatHours(value: number, locale?: string): string {
  if (!Number.isFinite(value)) return notANumber;
  return formatter(locale, { maximumFractionDigits: 1 }).format(value);
}
