// The reader's settings document. The site shell writes the theme itself (see theme-setting.ts);
// this store lets backups, restores and the damaged-data notice reach it like every document.
import { persistedDocument } from "./persisted-document.ts";
import { settingsDocument } from "../lib/settings/document.ts";

export const $settings = await persistedDocument(settingsDocument, () =>
  import("../lib/settings/schema.ts").then((module) => module.settingsDocumentSpec),
);
