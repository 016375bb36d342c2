// How the checklists are stored: their schema version and empty state.
import type { DocumentSpec } from "../storage/document.ts";
import { checklistsDocumentSchema, type ChecklistsDocument } from "./schema.ts";

export const checklistsDocumentSpec: DocumentSpec<ChecklistsDocument> = {
  name: "checklists",
  label: "handoff checklists",
  version: 1,
  schema: checklistsDocumentSchema,
  empty: () => ({ handoffs: [] }),
};
