// How the reader's settings are stored: their key, version and empty state (the schema is in
// schema.ts, loaded only when there is saved text to read).
import type { DocumentBasics } from "../storage/document-basics.ts";
import type { Settings } from "./schema.ts";

export const settingsDocument: DocumentBasics<Settings> = {
  name: "settings",
  label: "display settings",
  version: 1,
  empty: () => ({}),
};
