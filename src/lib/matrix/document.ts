// How the task matrix is stored: its schema version, empty state and migrations.
import type { DocumentSpec } from "../storage/document.ts";
import { currencyForLocale } from "./currency.ts";
import { matrixDocumentSchema, type MatrixDocument } from "./schema.ts";

/** The reader's own locale as the JavaScript engine sees it (the browser's language setting). */
const readerLocale = () => Intl.DateTimeFormat().resolvedOptions().locale;

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
