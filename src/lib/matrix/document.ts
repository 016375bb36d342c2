// How the task matrix is stored: its schema version, empty state and migrations.
import type { DocumentSpec } from "../storage/document.ts";
import { currencyForLocale } from "./currency.ts";
import { matrixDocumentSchema, type MatrixDocument } from "./schema.ts";

/**
 * The reader's own locale: the browser's language setting (Node has it too). Not asked of an
 * Intl date or number format, whose first use loads locale data (20 ms on a desktop, four times
 * that on a phone) in the way of the page's first render.
 */
const readerLocale = () => globalThis.navigator?.language;

export const matrixDocumentSpec: DocumentSpec<MatrixDocument> = {
  name: "matrix",
  label: "task matrix",
  version: 1,
  schema: matrixDocumentSchema,
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
