// How the task matrix is stored: its key, schema version and empty state (the schema is in
// schema.ts, loaded only when there is saved text to read).
import type { DocumentBasics } from "../storage/document-basics.ts";
import type { MatrixDocument } from "./schema.ts";

export const matrixDocument: DocumentBasics<MatrixDocument> = {
  name: "matrix",
  label: "task matrix",
  version: 1,
  empty: () => ({
    tasks: [],
    settings: {
      hourlyValue: 50,
      // No currency yet: until the person saves their figures, the locale's is shown
      // (currencyOf), and its region table loads only with the calculator.
      workingDaysPerWeek: 5,
      defaultProviderRate: 25,
      oversightShare: 0.1,
    },
  }),
};
