// How the checklists are stored: their key, schema version and empty state (the schema is in
// schema.ts, loaded only when there is saved text to read).
import type { DocumentBasics } from "../storage/document-basics.ts";
import type { ChecklistsDocument } from "./schema.ts";

export const checklistsDocument: DocumentBasics<ChecklistsDocument> = {
  name: "checklists",
  label: "handoff checklists",
  version: 1,
  empty: () => ({ handoffs: [] }),
};
