// How the task matrix is stored: its schema version, empty state and migrations.
import type { DocumentSpec } from "../storage/document.ts";
import { matrixDocumentSchema, type MatrixDocument } from "./schema.ts";

export const matrixDocumentSpec: DocumentSpec<MatrixDocument> = {
  name: "matrix",
  label: "task matrix",
  version: 1,
  schema: matrixDocumentSchema,
  empty: () => ({
    tasks: [],
    settings: {
      hourlyValue: 50,
      currency: "USD",
      workingDaysPerWeek: 5,
      defaultProviderRate: 25,
      oversightShare: 0.1,
    },
  }),
};
