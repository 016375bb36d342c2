// How the reader's settings are stored (so far, the theme): its schema, version and empty state.
import * as z from "zod/mini";
import type { DocumentSpec } from "../storage/document.ts";
import { settingsVersion, themes } from "./theme-setting.ts";

export const settingsSchema = z.object({
  /** The theme the reader chose; absent means the page follows the system's light or dark. */
  theme: z.optional(z.enum(themes)),
});

export type Settings = z.infer<typeof settingsSchema>;

export const settingsDocumentSpec: DocumentSpec<Settings> = {
  // Stored under "handoff:settings", the key theme-setting.ts names; a unit test keeps them equal.
  name: "settings",
  label: "display settings",
  version: settingsVersion,
  schema: settingsSchema,
  empty: () => ({}),
  summarize: ({ theme }) => (theme ? `${theme} theme` : "theme follows the system"),
};
