// How the task matrix is stored: its key, schema version and empty state (the schema is in
// schema.ts, loaded only when there is saved text to read).
import type { DocumentBasics } from "../storage/document-basics.ts";
import { currencyForLocale } from "./currency.ts";
import type { MatrixDocument } from "./schema.ts";

/**
 * The reader's own locale: the browser's language setting (Node has it too). Not asked of an
 * Intl date or number format, whose first use loads locale data (20 ms on a desktop, four times
 * that on a phone) in the way of the page's first render.
 */
const readerLocale = () => globalThis.navigator?.language;

export const matrixDocument: DocumentBasics<MatrixDocument> = {
  name: "matrix",
  label: "task matrix",
  version: 1,
  empty: () => ({
    tasks: [],
    settings: {
      hourlyValue: 50,
      currency: currencyForLocale(readerLocale()),
      workingDaysPerWeek: 5,
      defaultProviderRate: 25,
      oversightShare: 0.1,
    },
  }),
};
